"""The cheap language guess: script first, then common function words."""

from __future__ import annotations

import pytest

from bilat.ingest.language import detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("日本とスウェーデンは科学技術協力の覚書に署名しました。研究者の交流を進めます。", "ja"),
        ("한국과 영국은 양자 기술 협력에 관한 양해각서를 체결했습니다. 공동 연구를 추진합니다.", "ko"),
        ("中国与德国签署了科技合作协议，双方将加强在人工智能领域的研究合作。", "zh"),
        ("The ministers of Japan and Sweden signed a memorandum on research cooperation.", "en"),
        ("Les ministres ont signé un accord pour la coopération dans le domaine de la recherche.", "fr"),
        ("Der Minister und die Ministerin haben ein Abkommen für die Forschung unterzeichnet.", "de"),
        ("Los ministros de España y México firmaron un acuerdo para la cooperación científica.", "es"),
        ("Ministrarna undertecknade ett avtal om forskning och innovation som ska gälla i fem år.", "sv"),
    ],
)
def test_languages_are_told_apart(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_japanese_with_kanji_is_not_taken_for_chinese() -> None:
    text = "令和7年5月16日、日米科学技術協力合同高級委員会が東京で開催された。"
    assert detect_language(text) == "ja"


def test_too_little_text_gives_no_guess() -> None:
    assert detect_language("ok 12 34") is None
    assert detect_language("") is None
