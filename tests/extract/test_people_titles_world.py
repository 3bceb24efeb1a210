"""People: honorifics, titles and roles as English-language sources of many countries write them.
Honorifics are dropped from the name (Malaysian styles of one word or more, with the apostrophe of
"Dato'", Indonesian, Thai, Philippine, South Asian, Gulf, Latin American, German and Austrian
forms, a bracketed honorific inside a chain); role titles are kept as the role, with a qualifier
after the title ("responsible for research"). Negatives: a title word that is a name or part of
an organisation or place. Sentences of our own."""

from __future__ import annotations

import pytest

from .records import Extract, people_by_name, person_names

# (text, the name found, the role it has, or None when the test does not look at the role)
NAMED = [
    # Southeast Asia
    ("Tan Sri Azman Yusof attended the dinner in Penang.", "Azman Yusof", None),
    ("The launch was attended by Datuk Seri Wong Kah Wai and Dato' Sri Faridah Osman.", "Wong Kah Wai", None),
    (
        "The launch was attended by Datuk Seri Wong Kah Wai and Dato' Sri Faridah Osman.",
        "Faridah Osman",
        None,
    ),
    ("Dato’ Rosli Harun welcomed the Finnish delegation in Putrajaya.", "Rosli Harun", None),
    ("Toh Puan Zainab Karim and Datin Aisyah Rahman attended the gala.", "Zainab Karim", None),
    ("Toh Puan Zainab Karim and Datin Aisyah Rahman attended the gala.", "Aisyah Rahman", None),
    ("Yang Berhormat Dato' Halim Said spoke at the opening.", "Halim Said", None),
    ("Tun Hasnah Omar opened the forum in Melaka.", "Hasnah Omar", None),
    ("Bapak Rudi Gunawan represented the Indonesian ministry.", "Rudi Gunawan", None),
    ("Drs. Hendra Wijaya and Ir. Sari Lestari joined the Indonesian team.", "Hendra Wijaya", None),
    (
        "Khun Pranee Chaiyasit, director of the Thai science park, welcomed the guests.",
        "Pranee Chaiyasit",
        None,
    ),
    ("Ibu Dewi Anggraini, director of the Indonesian agency, opened the workshop.", "Dewi Anggraini", None),
    (
        "Assoc. Prof. Dr. Kittipong Saengthong of Mahidol University signed for Thailand.",
        "Kittipong Saengthong",
        "Assoc. Prof. Dr.",
    ),
    ("Usec. Rowena Dizon and Asec. Paolo Lacson attended the signing in Manila.", "Rowena Dizon", None),
    ("Usec. Rowena Dizon and Asec. Paolo Lacson attended the signing in Manila.", "Paolo Lacson", None),
    ("The memorandum was witnessed by Atty. Carmela Reyes.", "Carmela Reyes", None),
    (
        "The delegation was led by Undersecretary Luisa Navarro of the Philippine ministry.",
        "Luisa Navarro",
        "Undersecretary",
    ),
    # South Asia
    ("Smt. Lakshmi Iyer and Dr. (Ms.) Priya Menon attended the meeting in Chennai.", "Priya Menon", None),
    ("Prof. (Dr.) Arun Bhatt of the Indian institute chaired the panel.", "Arun Bhatt", None),
    (
        "Joint Secretary Vikram Sethi chaired the working group in New Delhi.",
        "Vikram Sethi",
        "Joint Secretary",
    ),
    # Middle East
    ("HRH Prince Khalid bin Saud met the Norwegian minister in Riyadh.", "Khalid bin Saud", None),
    ("H.H. Sheikh Hamad Al Thani opened the centre in Doha.", "Hamad Al Thani", None),
    # Latin America
    ("Lic. Rodrigo Fuentes represented Mexico.", "Rodrigo Fuentes", None),
    (
        "Mtra. Elena Castillo, director of the Mexican council, met the Swiss ambassador.",
        "Elena Castillo",
        None,
    ),
    # Europe
    (
        "The keynote was given by PD Dr. Jonas Keller from the University of Freiburg.",
        "Jonas Keller",
        "PD Dr.",
    ),
    ("DI Barbara Leitner of the Austrian ministry joined the talks.", "Barbara Leitner", None),
    ("Dipl.-Inf. Lukas Brandt presented the software.", "Lukas Brandt", None),
    ("Minister-President Ulrike Sommer visited the plant in Hanover.", "Ulrike Sommer", "Minister-President"),
    # Africa
    (
        "Principal Secretary Wanjiku Kamau and Cabinet Secretary Otieno Odhiambo attended.",
        "Wanjiku Kamau",
        "Principal Secretary",
    ),
    (
        "Principal Secretary Wanjiku Kamau and Cabinet Secretary Otieno Odhiambo attended.",
        "Otieno Odhiambo",
        "Cabinet Secretary",
    ),
    # Japan and Korea
    (
        "Senior Vice Minister Haruka Ito met the Indian delegation in Tokyo.",
        "Haruka Ito",
        "Senior Vice Minister",
    ),
    # diplomatic titles
    ("Chargé d'Affaires Henrik Dahl attended the reception in Hanoi.", "Henrik Dahl", "Chargé d'Affaires"),
    ("Deputy Chief of Mission Giulia Conti opened the event.", "Giulia Conti", "Deputy Chief of Mission"),
    (
        "Permanent Representative Fatou Ndiaye addressed the council.",
        "Fatou Ndiaye",
        "Permanent Representative",
    ),
    # lower-case title before a name
    ("The meeting was opened by chairperson Awa Traoré of the Malian academy.", "Awa Traoré", "chairperson"),
    # a qualifier after the title
    (
        "Vice-Minister responsible for research Takeshi Morita met the delegation in Tokyo.",
        "Takeshi Morita",
        "Vice-Minister responsible for research",
    ),
    (
        "Takeshi Morita, Vice-Minister responsible for research, met the delegation.",
        "Takeshi Morita",
        "Vice-Minister responsible for research",
    ),
    (
        "The forum was opened by Cyprus's Deputy Minister of Education responsible for research, Andreas"
        " Christou, and by the ambassador.",
        "Andreas Christou",
        None,
    ),
    (
        "Deputy Director in charge of international affairs Marta Lopes signed the note.",
        "Marta Lopes",
        "Deputy Director in charge of international affairs",
    ),
]


@pytest.mark.parametrize(("text", "name", "role"), NAMED)
def test_a_title_or_honorific_of_many_countries(
    extract: Extract, text: str, name: str, role: str | None
) -> None:
    people = people_by_name(extract(text))
    assert name in people, f"{name!r} not in {sorted(people)}"
    if role is not None:
        assert people[name].get("role") == role


# Honorific-like words that are names, or parts of an organisation or a place: no person, or the
# word kept in the name.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("HM Treasury said the figures were final.", "Treasury"),
        ("The Yang family donated the building to the city.", "family"),
        ("The Premier League agreed a deal with the Korean broadcaster.", "League"),
        ("The Sultan visited Bandar Seri Begawan last week.", "Begawan"),
        ("Officials will move to Ibu Kota Nusantara next year.", "Kota Nusantara"),
        ("See Sec. 4 of the agreement for the details.", "4"),
        ("The dry room is at the Bang Khun Thian campus of the university.", "Thian"),
    ],
)
def test_no_person_from_a_title_word_in_a_name(extract: Extract, text: str, absent: str) -> None:
    assert all(absent not in name for name in person_names(extract(text)))


# "Tan" and "Yang" alone are surnames (only "Tan Sri", "Yang Berhormat" are styles).
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tan Wei Ming, director of the Singapore agency, signed the note.", "Tan Wei Ming"),
        ("Yang Li, professor at Fudan University, led the Chinese side.", "Yang Li"),
        ("Consul Street will be renamed, said Anna Berg, mayor of the town.", "Anna Berg"),
    ],
)
def test_a_name_that_starts_with_a_style_word(extract: Extract, text: str, name: str) -> None:
    assert name in person_names(extract(text))
