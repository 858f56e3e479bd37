#!/usr/bin/env python3
"""Writes pages/routes-certificates-time-limits-word.htm: the adviser's guide as Microsoft Word
saves it with File > Save As > "Web Page, Filtered" (Word for Microsoft 365, UTF-8 encoding set
in Web Options). Run once; the page is the source of truth afterwards."""
import html, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'pages', 'routes-certificates-time-limits-word.htm')

def sq(s):
    """Word's AutoFormat: straight apostrophes to curly ones, hyphen ranges stay."""
    s = html.escape(s, quote=False)
    s = re.sub(r"(\w)'(\w)", '\\1\u2019\\2', s)
    s = s.replace(" '", " \u2018").replace("'", '\u2019')
    s = s.replace(' -- ', ' \u2013 ')
    return s

def inline(s):
    # **bold** and _italic_ markers, then curly quotes
    out = sq(s)
    out = re.sub(r'\*\*(.+?)\*\*', r'<b>\1</b>', out)
    out = re.sub(r'__(.+?)__', r'<i>\1</i>', out)
    out = out.replace('[FN1]', '<a href="#_ftn1" name="_ftnref1" title=""><span class=MsoFootnoteReference><span class=MsoFootnoteReference><span style=\'font-size:11.0pt;line-height:107%;font-family:"Calibri",sans-serif\'>[1]</span></span></span></a>')
    out = out.replace('[FN2]', '<a href="#_ftn2" name="_ftnref2" title=""><span class=MsoFootnoteReference><span class=MsoFootnoteReference><span style=\'font-size:11.0pt;line-height:107%;font-family:"Calibri",sans-serif\'>[2]</span></span></span></a>')
    return out

parts = []
def p(text, cls='MsoNormal', style=None):
    st = f" style='{style}'" if style else ''
    parts.append(f'<p class={cls}{st}>{inline(text)}</p>')

def h(level, text, anchor=None):
    a = f'<a name="{anchor}"></a>' if anchor else ''
    parts.append(f'<h{level}>{a}{inline(text)}</h{level}>')

def bullets(items):
    n = len(items)
    for i, t in enumerate(items):
        cls = 'MsoListParagraphCxSpFirst' if i == 0 else ('MsoListParagraphCxSpLast' if i == n - 1 else 'MsoListParagraphCxSpMiddle')
        if n == 1: cls = 'MsoListParagraph'
        mb = "margin-bottom:0cm;" if i < n - 1 else ""
        parts.append(f"<p class={cls} style='{mb}text-indent:-18.0pt'><span style='font-family:Symbol'>\u00b7<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>{inline(t)}</p>")

def numbered(items, fmt='{n}.'):
    n = len(items)
    for i, t in enumerate(items):
        cls = 'MsoListParagraphCxSpFirst' if i == 0 else ('MsoListParagraphCxSpLast' if i == n - 1 else 'MsoListParagraphCxSpMiddle')
        mb = "margin-bottom:0cm;" if i < n - 1 else ""
        parts.append(f"<p class={cls} style='{mb}text-indent:-18.0pt'>{fmt.format(n=i+1)}<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>{inline(t)}</p>")

def table(rows, widths, shade_head=True):
    out = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0",
           " style='border-collapse:collapse;border:none'>"]
    for r, row in enumerate(rows):
        hgt = '21.3pt' if r == 0 else '14.2pt'
        out.append(f" <tr style='height:{hgt}'>")
        for c, cell in enumerate(row):
            w = widths[c]
            border = 'border:solid windowtext 1.0pt' if r == 0 and c == 0 else (
                'border:solid windowtext 1.0pt;border-left:none' if r == 0 else (
                'border:solid windowtext 1.0pt;border-top:none' if c == 0 else
                'border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt'))
            bg = ';background:#D9E2F3' if (r == 0 and shade_head) else ''
            txt = inline(cell)
            if r == 0: txt = f'<b>{txt}</b>'
            out.append(f"  <td width={int(w*1.333)} valign=top style='width:{w}.0pt;{border}{bg};padding:0cm 5.4pt 0cm 5.4pt'>")
            out.append(f"  <p class=MsoNormal style='margin-bottom:0cm;line-height:normal'>{txt}</p>")
            out.append("  </td>")
        out.append(" </tr>")
    out.append("</table>")
    parts.append('\n'.join(out))
    parts.append("<p class=MsoNormal>&nbsp;</p>")

def boxed(paras):
    """A paragraph-bordered 'example' box, as Word writes Borders and Shading."""
    parts.append("<div style='border:solid #2F5496 1.0pt;padding:1.0pt 4.0pt 1.0pt 4.0pt;background:#DEEAF6'>")
    for t in paras:
        parts.append(f"<p class=MsoNormal style='background:#DEEAF6;border:none;padding:0cm'>{inline(t)}</p>")
    parts.append("</div>")

# ---------------------------------------------------------------- content
parts.append('<p class=MsoTitle>Which route, which certificate, which date?</p>')
p('A guide for families from Tidewell SEND Mediation', 'MsoSubtitle')
p('Version 3.2 | reviewed 16 November 2026 | written by Jago Pascoe, mediation adviser', style='color:#595959')

h(1, '1. About this guide', '_Toc184210001')
p('This guide explains the two ways we can help when you disagree about special educational needs, when you need a mediation certificate, and how the main time limits are worked out. It follows the Children and Families Act 2014, the Special Educational Needs and Disability Regulations 2014 and the Tribunal\'s own procedure rules. It is general information and not legal advice about your own case. If a date matters to you, please check it with us on 01632 960583 before you rely on it.')

h(1, '2. Independent and free', '_Toc184210002')
p('Only an independent mediation adviser can give you a certificate. None of Tidewell\'s advisers or mediators is employed by an English local authority, by an integrated care board (ICB) or by NHS England. Penwarne Council, the Council of the Isles of Carrow and the Tamar and Kernow ICB pay for our service, yet nothing in that arrangement lets them steer what happens in any family\'s case. Our help costs families nothing.')

h(1, '3. Two routes: disagreement resolution and mediation', '_Toc184210003')
p('**Disagreement resolution** covers arguments over the special educational provision a child or young person gets, or about how a council, school, nursery or other early years provider, further education college or academy is carrying out its duties. You can use it at any point, and the child or young person does not need to have an EHC plan. It can also help when the council and a health body can\'t agree with each other during an EHC needs assessment, or while a plan is being drafted or reviewed. Disagreement resolution only goes ahead if everybody involved agrees to take part, and it does not lead to a certificate.')
p('**Mediation** is tied to decisions that can be taken to the First-tier Tribunal (Special Educational Needs and Disability), and to EHC plans when they are first issued, amended or replaced; that includes what a plan says about health care and social care. Whether to have mediation is your choice. If you choose it, the council, and the ICB when health is involved, must arrange it and take part. Trying mediation leaves your right of appeal exactly where it was.')

h(1, '4. Decisions, appeals and certificates', '_Toc184210004')
p('Before most appeals you need a mediation certificate. The table shows which decisions can be appealed and when a certificate is needed.')
table([
    ['Decision or issue', 'Can you appeal to the Tribunal?', 'Certificate needed first?'],
    ['The council refuses to carry out an EHC needs assessment', 'Yes', 'Yes'],
    ['The council assesses but decides not to issue a plan', 'Yes', 'Yes'],
    ['Section B (needs) or section F (provision) of a new or amended plan', 'Yes', 'Yes'],
    ['Section I only: the school or college named, the type of placement named, or no school named at all', 'Yes', 'No -- you can appeal straight away'],
    ['Section I and also section B or F', 'Yes', 'Yes, and a single certificate is enough for the whole appeal'],
    ['The council won\'t carry out a re-assessment', 'Yes', 'Yes'],
    ['The council decides not to amend or replace the plan after a review', 'Yes', 'Yes'],
    ['The council decides to stop maintaining (cease) the plan', 'Yes', 'Yes'],
    ['Health provision (section G) or social care provision (section H) only', 'Not on its own', 'No appeal to certify, but you can still ask for mediation'],
    ['Disability discrimination by a school', 'A claim under the Equality Act 2010, not an appeal', 'No'],
], [178, 120, 150])
p('You never need more than one certificate for one appeal. It covers every part of the decision that you want to challenge, however many sections of the plan are involved.')

h(1, '5. The two-month window for contacting an adviser', '_Toc184210005')
p('If you want to appeal and a certificate is needed, you have two months to get in touch with a mediation adviser. Those two months are measured from whatever date the council typed at the top of its decision letter, not from the morning the letter came through your door.')
bullets([
    'Count forward two calendar months to the same date: a letter dated 14 September gives you until 14 November.',
    'When the month you land in has no such date, use its last day instead. So a letter of 31 July runs out on 30 September, and a letter of 31 December on 28 February (or the 29th in a leap year).',
    'The last day is not moved if it falls at a weekend or on a bank holiday. Get in touch on an earlier working day, or leave a voicemail, text or email on the day itself.',
])
h(2, 'If the two months have passed')
p('Once more than two months have gone by, an adviser is no longer allowed to issue a certificate. That need not be the end of it: you can apply to the Tribunal for permission to bring your appeal with no certificate, giving the reasons you were unable to reach an adviser sooner.')

h(1, '6. When you will get your certificate', '_Toc184210006')
numbered([
    '**If you decide not to try mediation:** we issue it within 3 working days of you telling us.',
    '**If you have mediation:** we issue it within 3 working days of the mediation ending, whether or not you reached an agreement.',
    '**If the council cannot arrange mediation within 30 days:** the council must tell us as soon as possible, and we issue your certificate within 3 working days of hearing from it. You are then treated as having taken part in mediation.',
])
p('Certificates are emailed to you as a PDF, and a paper copy goes out by first-class post the same day.')

h(1, '7. What counts as a working day', '_Toc184210007')
p('The SEND Regulations do not say what a working day is, so we use the Tribunal\'s definition[FN1]: any weekday except Christmas Day, Good Friday or an England and Wales bank holiday. That means Christmas Eve counts as a working day, as does any weekday between Christmas and New Year that isn\'t itself a bank holiday, even if our office is shut.')
table([
    ['Date', 'Bank holiday'],
    ['Friday 25 December 2026', 'Christmas Day'],
    ['Monday 28 December 2026', 'Boxing Day (substitute day)'],
    ['Friday 1 January 2027', 'New Year\'s Day'],
    ['Friday 26 March 2027', 'Good Friday'],
    ['Monday 29 March 2027', 'Easter Monday'],
    ['Monday 3 May 2027', 'Early May bank holiday'],
    ['Monday 31 May 2027', 'Spring bank holiday'],
    ['Monday 30 August 2027', 'Summer bank holiday'],
    ['Monday 27 December 2027', 'Christmas Day (substitute day)'],
    ['Tuesday 28 December 2027', 'Boxing Day (substitute day)'],
], [200, 200])
p('Bank holidays can change, for instance when an extra one is announced for a national occasion. We check the official list before we give anyone a date.')

h(1, '8. Who arranges the mediation, and by when', '_Toc184210008')
bullets([
    'If you only disagree about health provision, the integrated care board arranges the mediation.',
    'If you disagree about health provision and something else as well, the council arranges it and the ICB takes part.',
    'If health is not involved at all, the council arranges it.',
])
p('When health is part of the disagreement, the council has 3 working days, from hearing that you would like mediation, to let the ICB know.')
p('Once the council knows you would like mediation (or the ICB knows, when only health is in dispute), the meeting must be held inside 30 days. These are 30 calendar days, not working days, and the date stays where it is even if it falls at a weekend or on a bank holiday.')

h(1, '9. Your appeal deadline, step by step', '_Toc184210009')
numbered([
    'Start from the decision letter\'s date and count on two months.',
    'If you have a certificate, count one month on from the date it bears.',
    'Whichever of the two is later becomes your deadline. Without a certificate, for example in an appeal only about the school named, use the first date.',
    'If that date falls between 25 December and 1 January, it moves to the first working day after 1 January.',
    'If it falls in August, it moves to the first working day after 31 August.',
    'Any other deadline landing on a weekend day or a bank holiday slides forward to the next working day.',
    'Your appeal has to be with the Tribunal by 5pm that day[FN2].',
], fmt='Step {n}.')
boxed([
    '**Example.** The council\'s letter is dated 9 September 2026 and your certificate is dated 20 October 2026. Two months from the letter is 9 November; one month from the certificate is 20 November. The later of the two is Friday 20 November 2026, a working day, so that is your deadline.',
    'Getting a certificate early can never cut your time short: you always have at least two months from the date of the letter.',
])
parts.append("<p class=MsoNormal>&nbsp;</p>")

h(1, '10. Disability discrimination claims', '_Toc184210010')
p('A claim that a school has discriminated against a disabled child is brought under the Equality Act 2010, not the Children and Families Act, so no mediation certificate is needed. The claim must reach the Tribunal within six months of the thing you are complaining about. The extra time for Christmas and August that applies to SEN appeals does not apply to discrimination claims, and has not done since July 2020.')

h(1, '11. Young people', '_Toc184210011')
p('From the point a young person passes compulsory school age until they turn 25, the rights in this guide belong to them. They contact the adviser, decide about mediation and bring any appeal in their own name. Parents can still help, and a young person can ask us to talk to a parent on their behalf (see Speak for Me on our contact page).')

h(1, '12. Quick answers', '_Toc184210012')
p('**Will mediation make me miss my appeal deadline?**')
p('It shouldn\'t. Your deadline is worked out from the letter and the certificate as in section 9, so you always have at least one month from the date on your certificate to send in your appeal.')
p('**Can we keep talking to the council after I have appealed?**')
p('Yes. Registering an appeal does not stop you and the council from sorting things out between you, and plenty of appeals are settled before the hearing.')
p('**My child has no EHC plan and the school won\'t put in the support we think he needs. Can I get a certificate?**')
p('No certificate is involved, because there is no appealable decision. Disagreement resolution may help, as long as the school agrees to take part.')

# footnotes
foot = """<div><br clear=all>

<hr align=left size=1 width="33%">

<div id=ftn1>

<p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1" title=""><span
class=MsoFootnoteReference><span class=MsoFootnoteReference><span
style='font-size:10.0pt;line-height:107%;font-family:"Calibri",sans-serif'>[1]</span></span></span></a>
Tribunal Procedure (First-tier Tribunal) (Health, Education and Social Care
Chamber) Rules 2008, rule 12.</p>

</div>

<div id=ftn2>

<p class=MsoFootnoteText><a href="#_ftnref2" name="_ftn2" title=""><span
class=MsoFootnoteReference><span class=MsoFootnoteReference><span
style='font-size:10.0pt;line-height:107%;font-family:"Calibri",sans-serif'>[2]</span></span></span></a>
The same Rules, rules 12 and 20.</p>

</div>

</div>"""

body_end = """<p class=MsoFooter align=center style='text-align:center'><span
style='font-size:9.0pt;color:#595959'>Tidewell SEND Mediation | The Net Loft, 4
Capstan Row, Porthkellis PK9 3TW | 01632 960583 | ask@tidewellmediation.example
| www.tidewellmediation.example</span></p>"""

head = """<html>

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<title>Which route, which certificate, which date?</title>
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
	{font-family:"Calibri Light";
	panose-1:2 15 3 2 2 2 4 3 2 4;}
@font-face
	{font-family:Symbol;
	panose-1:5 5 1 2 1 7 6 2 5 7;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	line-height:107%;
	font-size:12.0pt;
	font-family:"Calibri",sans-serif;}
h1
	{mso-style-link:"Heading 1 Char";
	margin-top:12.0pt;
	margin-right:0cm;
	margin-bottom:6.0pt;
	margin-left:0cm;
	line-height:107%;
	page-break-after:avoid;
	font-size:16.0pt;
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;
	font-weight:normal;}
h2
	{mso-style-link:"Heading 2 Char";
	margin-top:2.0pt;
	margin-right:0cm;
	margin-bottom:4.0pt;
	margin-left:0cm;
	line-height:107%;
	page-break-after:avoid;
	font-size:13.0pt;
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;
	font-weight:normal;}
p.MsoFootnoteText, li.MsoFootnoteText, div.MsoFootnoteText
	{mso-style-link:"Footnote Text Char";
	margin:0cm;
	font-size:10.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoFooter, li.MsoFooter, div.MsoFooter
	{mso-style-link:"Footer Char";
	margin:0cm;
	font-size:12.0pt;
	font-family:"Calibri",sans-serif;}
span.MsoFootnoteReference
	{vertical-align:super;}
p.MsoTitle, li.MsoTitle, div.MsoTitle
	{mso-style-link:"Title Char";
	margin:0cm;
	font-size:28.0pt;
	font-family:"Calibri Light",sans-serif;
	letter-spacing:-.5pt;}
p.MsoSubtitle, li.MsoSubtitle, div.MsoSubtitle
	{mso-style-link:"Subtitle Char";
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:0cm;
	line-height:107%;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	color:#5A5A5A;
	letter-spacing:.75pt;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:36.0pt;
	line-height:107%;
	font-size:12.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpFirst, li.MsoListParagraphCxSpFirst, div.MsoListParagraphCxSpFirst
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	line-height:107%;
	font-size:12.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpMiddle, li.MsoListParagraphCxSpMiddle, div.MsoListParagraphCxSpMiddle
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	line-height:107%;
	font-size:12.0pt;
	font-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpLast, li.MsoListParagraphCxSpLast, div.MsoListParagraphCxSpLast
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:8.0pt;
	margin-left:36.0pt;
	line-height:107%;
	font-size:12.0pt;
	font-family:"Calibri",sans-serif;}
span.Heading1Char
	{mso-style-name:"Heading 1 Char";
	mso-style-link:"Heading 1";
	font-family:"Calibri Light",sans-serif;
	color:#2F5496;}
.MsoChpDefault
	{font-size:12.0pt;
	font-family:"Calibri",sans-serif;}
 /* Page Definitions */
 @page WordSection1
	{size:595.3pt 841.9pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
 /* List Definitions */
 ol
	{margin-bottom:0cm;}
ul
	{margin-bottom:0cm;}
-->
</style>

</head>

<body lang=EN-GB link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>

<div class=WordSection1>
"""

def word_wrap(block, width=76):
    """Word breaks long source lines at spaces, wherever they fall (even inside tags)."""
    out_lines = []
    for line in block.split('\n'):
        while len(line) > width:
            cut = line.rfind(' ', 0, width)
            if cut <= 0:
                cut = line.find(' ', width)
                if cut == -1: break
            out_lines.append(line[:cut])
            line = line[cut + 1:]
        out_lines.append(line)
    return '\n'.join(out_lines)

body = '\n\n'.join(word_wrap(x) for x in parts)
doc = head + '\n' + body + '\n\n' + word_wrap(body_end) + '\n\n</div>\n\n' + foot + '\n\n</body>\n\n</html>\n'
with open(OUT, 'w', encoding='utf-8', newline='\r\n') as f:
    f.write(doc)
print('wrote', OUT, len(doc))
