"""Reading notes printed in the demo documents' generated PDFs, written for Madeni from the demo data.

They describe each document from the facts the demo archive already holds (date, author, linked
events and programmes); none is a copy or a translation of the document itself. English only:
the PDF core fonts have no Cyrillic.
"""

NOTES = {
    "global-aspect-kazakhstan-cultural-policies": [
        "Two researchers, one in Turkistan and one in Ankara, look back over three decades of Kazakh foreign "
        "relations and ask where culture fits. Their answer puts the turning point in 2004, the year the "
        "Cultural Heritage programme began.",
        "The demo archive links the article to the events it discusses, from the CICA proposal of 1992 to the "
        "opening of the rapprochement centre in Almaty in 2020.",
    ],
    "ustyurt-nomination-file": [
        "A working draft prepared by the ministry so that UNESCO experts could react early. It concerns the "
        "Ustyurt plateau, proposed as a site that is both natural and cultural, with its ancient hunting traps.",
        "The draft is still in editorial review in the demo archive, so the public pages do not show it.",
    ],
    "kazakhstan-2030-strategy": [
        "Announced in Almaty on 10 October 1997, the strategy set goals for the country's first decades of "
        "independence. Its foreign policy section ranks security, secure borders and good relations with "
        "neighbours ahead of everything else.",
        "Culture plays little part in it. Later programmes, from Cultural Heritage onwards, are often read "
        "against this starting point.",
    ],
    "course-towards-the-future-2017": [
        "Published on 12 April 2017 under the president's name, this text launched Spiritual Revival "
        "(Rukhani Zhangyru). It was first issued in Kazakh.",
        "Several special projects grew out of it: Native Land, the Sacred Geography of Kazakhstan, One Hundred "
        "New Faces and the translation programme Modern Kazakhstan Culture in the Global World.",
    ],
    "cica-almaty-act-2002": [
        "Adopted on 4 June 2002 in Almaty, when the heads of state of the Conference on Interaction and "
        "Confidence-Building Measures in Asia met for the first time.",
        "It gave the forum first proposed by Kazakhstan at the United Nations in 1992 a written basis.",
    ],
    "cica-declaration-of-principles-1999": [
        "Agreed in Almaty on 14 September 1999 by the foreign ministers of the CICA member states at their "
        "first meeting.",
        "The principles it lists are familiar from international law: sovereign equality, territorial "
        "integrity and no interference in one another's internal affairs.",
    ],
    "zheleznovodsk-communique-1991": [
        "Signed on 23 September 1991 in the spa town of Zheleznovodsk, at the end of a peace mission that the "
        "presidents of Russia and Kazakhstan undertook over Nagorno-Karabakh.",
        "The demo archive keeps it as an early example of Kazakh mediation, months before the Soviet Union "
        "came to an end.",
    ],
    "anthology-contemporary-kazakhstan-poetry": [
        "One of the two anthologies made under the programme Modern Kazakhstan Culture in the Global World. "
        "It gathers poems by writers alive today.",
        "Each poem is given in the six official languages of the United Nations: Arabic, Chinese, English, "
        "French, Russian and Spanish.",
    ],
    "nye-soft-power-1990": [
        "Published in 1990 in the journal Foreign Policy, this essay by Joseph Nye named the idea of soft power: "
        "a country gets what it wants when others are drawn to it, not only when they are forced or paid.",
        "Studies of cultural diplomacy, Kazakhstan's included, still start from this vocabulary.",
    ],
}
