"""Build the PDF document of the demo corpus (a funding-call notice) with reportlab.

Run ``.venv/bin/python examples/make_pdf.py`` to regenerate
``examples/corpus/12_germany-japan-jsps-dfg-call.pdf``; the output is byte-for-byte
reproducible (reportlab's invariant mode), so the committed file only changes when the
text below does.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import StyleSheet1, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer

OUT = Path(__file__).resolve().parent / "corpus" / "12_germany-japan-jsps-dfg-call.pdf"
TITLE = "JSPS-DFG Joint Research Projects: Call for Proposals 2027"

HEADER = "Japan Society for the Promotion of Science (JSPS) | Deutsche Forschungsgemeinschaft (DFG)"
INTRO = [
    "Announcement date: 5 October 2026",
    "The Japan Society for the Promotion of Science (JSPS) and the German Research Foundation "
    "(Deutsche Forschungsgemeinschaft, DFG) invite proposals for joint research projects between "
    "researchers in Japan and in Germany. The call is issued under the Memorandum of Understanding "
    "on research cooperation signed by JSPS and DFG in Bonn on 14 June 2023.",
    "Proposals are welcome in all fields of science. This year the two organisations particularly "
    "encourage projects on quantum materials, climate and environmental research, and the ethical "
    "and legal aspects of artificial intelligence.",
]
FUNDING = [
    "JSPS will support the Japanese team with up to 4 million yen per year for up to three years.",
    "DFG will support the German team under its standard research grants programme; a typical "
    "project receives around EUR 350,000 in total.",
    "Both sides fund researcher exchange visits, workshops and the training of doctoral students.",
]
DEADLINES = [
    "Japanese applicants: submit to JSPS through the e-Rad system by 20 January 2027, 17:00 JST.",
    "German applicants: submit to DFG through the elan portal by 20 January 2027, 17:00 CET.",
    "Results will be announced in July 2027; projects start on 1 October 2027.",
]
CONTACT = (
    "Contacts: Dr. YAMAMOTO Keiko, International Program Division, JSPS, Tokyo; "
    "Dr. Thomas Brandt, Programme Director, Japan Desk, DFG, Bonn."
)


def build(out: Path = OUT) -> Path:
    """Write the call notice as a one-page PDF and return its path."""
    styles = getSampleStyleSheet()
    doc = SimpleDocTemplate(
        str(out), pagesize=A4, title=TITLE, author="JSPS and DFG", invariant=1,
        leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
    )
    story: list[Flowable] = [Paragraph(HEADER, styles["Normal"]), Spacer(1, 12)]
    story.append(Paragraph(TITLE, styles["Title"]))
    story += [Paragraph(text, styles["BodyText"]) for text in INTRO]
    story += _section("Funding", FUNDING, styles) + _section("Deadlines", DEADLINES, styles)
    story += [Spacer(1, 12), Paragraph(CONTACT, styles["BodyText"])]
    doc.build(story)
    return out


def _section(heading: str, items: list[str], styles: StyleSheet1) -> list[Flowable]:
    bullets = ListFlowable(
        [ListItem(Paragraph(text, styles["BodyText"])) for text in items], bulletType="bullet"
    )
    return [Spacer(1, 8), Paragraph(heading, styles["Heading2"]), bullets]


if __name__ == "__main__":
    print(build())
