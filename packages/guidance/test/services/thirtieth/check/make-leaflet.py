#!/usr/bin/env python3
"""Writes pages/your-mediation-meeting-leaflet-pdftotext.txt: what `pdftotext -layout` gives for
Tidewell's printed A5 leaflet (two A5 pages to each A4 sheet are NOT imposed here: one PDF page
per leaflet page). Each page has the running header, the body laid out with spaces, a footer
with the page number, and a form feed. Run once; the page is the source of truth afterwards."""
import os, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'pages', 'your-mediation-meeting-leaflet-pdftotext.txt')
W = 84          # characters across the text block
L = 6           # left margin pdftotext keeps for the page's margin

pages = []
cur = []

def line(s=''):
    cur.append((' ' * L + s).rstrip())

def blank(n=1):
    for _ in range(n): cur.append('')

def para(text, indent=0, hang=None, width=W):
    hang = indent if hang is None else hang
    lines = textwrap.wrap(text, width=width - max(indent, hang), break_long_words=False, break_on_hyphens=False)
    for i, ln in enumerate(lines):
        line(' ' * (indent if i == 0 else hang) + ln)
    blank()

def bullet(text, indent=2):
    lines = textwrap.wrap(text, width=W - indent - 3, break_long_words=False, break_on_hyphens=False)
    for i, ln in enumerate(lines):
        line(' ' * indent + ('\u2022  ' if i == 0 else '   ') + ln)

def heading(text):
    line(text.upper() if text[0].isdigit() is False else text)
    blank()

def table(rows, widths, indent=2, gap=3):
    for r in rows:
        cols = [textwrap.wrap(c, width=w, break_long_words=False, break_on_hyphens=False) or [''] for c, w in zip(r, widths)]
        for k in range(max(len(c) for c in cols)):
            s = ''
            for c, w in zip(cols, widths):
                s += (c[k] if k < len(c) else '').ljust(w + gap)
            line(' ' * indent + s)
        blank()

def page_break():
    global cur
    pages.append(cur)
    cur = []

# ------------------------------------------------------------------ page 1 (cover)
blank(3)
line('Tidewell SEND Mediation'.rjust(W))
blank(6)
line('                   Your mediation meeting')
blank()
line('                   What happens before, on the day and afterwards')
blank(4)
para('This leaflet is for parents, carers and young people who have decided to try mediation with the council or the integrated care board (ICB) about special educational needs. It was written by Adaeze Kitto, one of our mediators, with help from families who have been through it. If you would like it in Easy Read, large print, another language or as an audio file, ring us on 01632 960583.', indent=6, width=W - 6)
blank(6)
line('      Contents')
blank()
for n, t, pg in [(1, 'Getting ready', 2), (2, 'Where it happens', 2), (3, 'Times and breaks', 3),
                 (4, 'Who will be there', 3), (5, 'Your child\u2019s views', 4), (6, 'On the day', 4),
                 (7, 'The agreement', 4), (8, 'Your certificate', 4), (9, 'After an agreement: the time limits', 5),
                 (10, 'Travel and other costs', 5), (11, 'Questions families ask', 6)]:
    line(f'      {n:>2}.  {t} '.ljust(W - 4, '.') + f' {pg}')
blank(5)

def footer(n, total):
    blank(2)
    left = 'Tidewell SEND Mediation \u00b7 01632 960583 \u00b7 ask@tidewellmediation.example'
    right = f'{n} of {total}'
    line(left + right.rjust(W - len(left)))

def header():
    line('Your mediation meeting' + 'Tidewell SEND Mediation'.rjust(W - len('Your mediation meeting')))
    blank(2)

page_break()

# ------------------------------------------------------------------ page 2
header()
heading('1.   Getting ready')
para('1.1  Written notice. We will write to you at least five working days before the meeting, setting out the date, the start time, the place and the names of everyone who will be there. The notice comes by email and by post. A phone call or a text message on its own does not count as notice. The meeting can only go ahead at shorter notice if you tell us that you are happy with that.', indent=2, hang=7)
para('1.2  If the date does not suit you. Tell us as soon as you can and we will look for another date, but the meeting still has to take place within the 30 days the law allows.', indent=2, hang=7)
para('1.3  A call before the meeting. About a week beforehand your mediator will ring you for a twenty-minute chat about what matters most to you, and to answer any worries.', indent=2, hang=7)
blank()
heading('2.   Where it happens')
para('You choose the place from the list below. We do not hold mediation in council offices. It can be held at your child\u2019s school or college only if you ask for that and everyone taking part agrees.', indent=2)
table([
    ['Place', 'What it is like'],
    ['The Net Loft, Porthkellis', 'Our own base. Ground floor with a level entrance, an accessible toilet, a quiet room called the Snug, and three blue badge spaces on Capstan Row.'],
    ['St Wenna Village Hall', 'A hearing loop in every room, a free car park and the 14 bus stops outside.'],
    ['Polkerris Children\u2019s Centre', 'The centre\u2019s own staff run a free play session in the next room for brothers and sisters under five, if you book it at least ten working days ahead.'],
    ['Carrow Community Hall', 'For families who live on the Isles of Carrow.'],
    ['Online (Google Meet)', 'Joined from a web browser on a phone, tablet or computer; there is no app to download and no account to set up. We email the link two working days before and offer a ten-minute test call the day before.'],
    ['By phone', 'We set up a conference call and ring you; all you have to do is answer.'],
], [28, 50])
footer(2, 6)
page_break()

# ------------------------------------------------------------------ page 3
header()
heading('3.   Times and breaks')
para('3.1  Morning meetings start at 10.15am, after the school run, and finish by 1.15pm at the latest.', indent=2, hang=7)
para('3.2  On Wednesdays there is also a twilight meeting at the Net Loft from 4pm to 6.30pm.', indent=2, hang=7)
para('3.3  On the second Saturday of each month we hold an online meeting from 9.30am to 12 noon for families who cannot get time off work.', indent=2, hang=7)
para('3.4  Most meetings last between two and three hours. We stop for a ten-minute break after every 50 minutes, and you can ask for more breaks than that.', indent=2, hang=7)
para('3.5  The anchor card. At the start everyone is given a small card with an anchor printed on it. Put it face up on the table, or hold it up to your camera, and the mediator will call a break straight away. You do not have to explain why.', indent=2, hang=7)
para('3.6  Finding it hard to sit across the table from the council? Ask for two rooms, and the mediator will go back and forth between you.', indent=2, hang=7)
blank()
heading('4.   Who will be there')
bullet('You, and someone from the council. If health provision is part of the disagreement, someone from the ICB as well.')
bullet('The people who come for the council and the ICB must be able to agree a way forward on the day on their organisation\u2019s behalf.')
bullet('Bring someone to back you up if you like: a friend, a relative, a worker from the Information, Advice and Support Service, or a solicitor. You do not need anyone\u2019s permission to bring them.')
bullet('Your child can come to the meeting if you and the mediator both agree.')
bullet('Anybody else, such as a grandparent, a teacher or a therapist, can come if everyone taking part agrees. If you cannot all agree, the mediator decides.')
bullet('Nobody who was not named in your notice letter will turn up unannounced. If someone is added, we will tell you first.')
footer(3, 6)
page_break()

# ------------------------------------------------------------------ page 4
header()
heading('5.   Your child\u2019s views')
para('When a parent brings the mediation, the mediator is required to make reasonable efforts to learn your child\u2019s views. Your child never has to take part, and there are several ways they can have a say:', indent=2)
bullet('filling in a Lighthouse sheet, which has space to draw or to write;')
bullet('sending a voice note or a short video; or')
bullet('meeting the mediator for up to 30 minutes, with an adult they trust, at home or at school.')
blank(2)
heading('6.   On the day')
para('No one may record the meeting, on a phone or on Google Meet. Instead, the mediator types up whatever is agreed on a big screen as you go along, so that everyone can see the exact wording.', indent=2)
para('Please bring any letters and reports you want to talk about, and the EHC plan if there is one. Tea, water and biscuits are provided.', indent=2)
blank()
heading('7.   The agreement')
para('If you reach an agreement in the room, it is printed and signed before anyone leaves. After an online or phone meeting we email the agreement within one working day, with a link so that you can sign it electronically. If you would like an Easy Read or translated copy, it follows within 15 working days.', indent=2)
blank()
heading('8.   Your certificate')
para('Whether or not you reach an agreement, your mediation certificate goes out to you by the third working day after the meeting finishes. It comes by email as a PDF, and by first-class post.', indent=2)
footer(4, 6)
page_break()

# ------------------------------------------------------------------ page 5
header()
heading('9.   After an agreement: the time limits')
para('Where you agree on something that could have gone to appeal, the council works to the deadlines it would face under a Tribunal order:', indent=2)
table([
    ['What was agreed', 'The council must'],
    ['To carry out an EHC needs assessment', 'tell you within 2 weeks that it will assess; then either tell you within 10 weeks that it will not issue a plan, or issue the final plan within 14 weeks'],
    ['To issue an EHC plan', 'draft plan to you within 5 weeks; final plan within 11 weeks'],
    ['To change section B and/or section F', 'make the change within 5 weeks'],
    ['To change only the name or type of school or college in section I', 'make the change within 2 weeks'],
    ['To look again at (reconsider) a decision', 'do so within 2 weeks'],
], [34, 46])
para('If the agreement is about something that cannot be appealed, for example the health care or social care sections of a plan, the council or ICB must do what was agreed within 2 weeks of the agreement.', indent=2)
para('These are calendar weeks counted from the date of the agreement, and holidays are not skipped. A different timescale only applies if you agree to it in writing. When the ICB arranged a mediation that was about health alone and an agreement is reached, the ICB must let the council know within one week.', indent=2)
blank()
heading('10.  Travel and other costs')
para('The council, or the ICB if it arranged the mediation, pays the costs of coming to the meeting at these rates:', indent=2)
table([
    ['What', 'How much'],
    ['Bus, coach, train or ferry', 'standard-class fares'],
    ['Your own car', '25p a mile'],
    ['Taxi', 'when there is no sensible alternative, agreed with us beforehand'],
    ['Wages you lose', 'up to \u00a345'],
    ['Childcare or care for someone you look after', '\u00a35.35 an hour for each child'],
    ['A night away', 'up to \u00a381 in inner London, \u00a371 elsewhere, or \u00a321 when you stay with relatives or friends'],
], [30, 50])
para('Hand in your receipts and a Tidewell claim slip on the day, or post them within one month. If paying up front would be hard, tell us at least five working days before the meeting and we will book and pay for your tickets or taxi ourselves. No bank account? We can pay into a credit union account, or you can collect the money in cash from the Net Loft and sign for it.', indent=2)
footer(5, 6)
page_break()

# ------------------------------------------------------------------ page 6
header()
heading('11.  Questions families ask')
qa = [
    ('Can I bring my baby?', 'Yes. A baby in arms is welcome in the room. For children under five who are walking about, book the play session at Polkerris Children\u2019s Centre.'),
    ('My husband works away. Can he still take part?', 'Yes. He can join on Google Meet or by phone while you are in the room with us.'),
    ('What if I get upset or lose my words?', 'Use your anchor card and take as long as you need. Nobody will rush you.'),
    ('What if the person from the council says they have to go away and check with their manager?', 'They should not need to, because the council must send someone who can agree things on the day. If it happens, tell the mediator.'),
    ('Can I change my mind after I have signed?', 'An agreement does not take away your right to appeal. If something in it turns out to be wrong, ring us straight away and we will talk through whether to meet again. Your appeal deadline keeps running in the meantime.'),
]
for q, a in qa:
    para('Q.  ' + q, indent=2, hang=6)
    cur.pop()
    para('A.  ' + a, indent=2, hang=6)
blank(2)
line('  Tidewell SEND Mediation')
line('  The Net Loft, 4 Capstan Row, Porthkellis PK9 3TW')
line('  Phone 01632 960583     Text 07700 900719')
line('  ask@tidewellmediation.example     www.tidewellmediation.example')
blank()
line('  Tidewell Family Mediation CIC, company number 13572940. Leaflet TW-M3, October 2026.')
footer(6, 6)
page_break()

# pdftotext -layout: pages separated by form feeds, the cover page's footer is left off
out = []
for i, pg in enumerate(pages):
    out.append('\n'.join(pg).rstrip('\n') + '\n')
text = '\f'.join(out) + '\f'
with open(OUT, 'w', encoding='utf-8') as f:
    f.write(text)
print('wrote', OUT, len(text))
