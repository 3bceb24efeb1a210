"""Lists of participants by side: what a side's heading governs, and the countries it gives."""

from __future__ import annotations

import pytest

from bilat.extract import get_extractor
from bilat.extract.doc import Doc
from bilat.extract.sides import side_country, side_sections


@pytest.fixture(scope="module")
def run():
    extractor = get_extractor()

    def _run(text: str, name: str = "minutes.md") -> Doc:
        return extractor.pipeline.run(text, name=name)

    return _run


MARKDOWN = """# Third meeting of the Norway-Chile Joint Working Group on Polar Research

The meeting took place in Punta Arenas on 4 March 2025.

**Norwegian side**

- Ingrid Solberg, Senior Adviser, Ministry of Foreign Affairs
- Lars Holm, Director, Norwegian Polar Institute

**Chilean side**

- Camila Rojas Fuentes, Head of Division, Ministry of Foreign Affairs
- Diego Araya, Chief Scientist, Chilean Antarctic Institute

## Discussions

Both sides reviewed the ice-core project.
"""

PLAIN = """JOINT COMMITTEE ON MARINE RESEARCH - SUMMARY RECORD

Korean delegation: representatives of the Ministry of Oceans and Fisheries and of
the Korea Institute of Ocean Science and Technology, led by Dr. Park Min-jun.

Delegation of Peru: Mr. Luis Quispe, Director of Research, Ministry of Production; and
Dr. Ana Torres, Institute of the Sea.

2. REVIEW OF PROJECTS

The Committee reviewed eight projects.
"""

HTML = """<html><body><article>
<h2>Participants</h2>
<h4>Delegation of the Republic of Korea</h4>
<ul>
<li>Kim Ji-won, Director-General, Ministry of Science and ICT</li>
<li>Lee Sang-hoon, Counsellor, Embassy in Nairobi</li>
</ul>
<h4>Kenyan delegation</h4>
<ul>
<li>Dr. Achieng Otieno, Principal Secretary, State Department for Science, Research and Innovation</li>
</ul>
<p>The talks covered biotechnology and satellite data.</p>
</article></body></html>
"""


def _section_texts(doc: Doc) -> list[tuple[str, str]]:
    return [(code, doc.text[start:end]) for start, end, code in side_sections(doc)]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (MARKDOWN, "minutes.md", [("NO", "Lars Holm"), ("CL", "Diego Araya")]),
        (PLAIN, "record.txt", [("KR", "Park Min-jun"), ("PE", "Ana Torres")]),
        (HTML, "page.html", [("KR", "Lee Sang-hoon"), ("KE", "Achieng Otieno")]),
    ],
)
def test_a_side_heading_governs_the_members_listed_under_it(run, text, name, expected):
    sections = _section_texts(run(text, name))
    assert [code for code, _ in sections] == [code for code, _ in expected]
    for (_, section), (_, member) in zip(sections, expected, strict=True):
        assert member in section


@pytest.mark.parametrize(
    ("text", "after"),
    [
        (MARKDOWN, "Both sides reviewed"),  # a Markdown heading ends the last side's list
        (PLAIN, "The Committee reviewed"),  # a numbered heading in capitals ends it
        (HTML, "The talks covered"),  # the end of the HTML list ends it
    ],
)
def test_a_side_ends_where_its_list_ends(run, text, after):
    doc = run(text, "x.html" if text is HTML else "x.md")
    assert side_country(doc, doc.text.index(after)) is None


@pytest.mark.parametrize(
    "text",
    [
        "The Japanese side expressed its thanks for the hospitality.\n",  # a sentence, no heading
        "Team of experts\n\n- Dr. A. Berg, Lund University\n",  # no country in the heading
        "Participants\n\n- Dr. A. Berg, Lund University\n",
    ],
)
def test_no_side_without_a_country_heading_of_its_own(run, text):
    assert side_sections(run(text)) == []


def test_bodies_of_a_shared_name_take_their_sides_country(run):
    record = run(MARKDOWN).record
    ministries = sorted(o.country or "" for o in record.organizations if "Foreign Affairs" in o.name)
    assert ministries == ["CL", "NO"]  # (Norway's is known to the reference by its own name)


def test_people_listed_under_a_side_represent_it(run):
    people = {p.name: p.country for p in run(MARKDOWN).record.people}
    assert people["Ingrid Solberg"] == "NO"
    assert people["Camila Rojas Fuentes"] == "CL"
