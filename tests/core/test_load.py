"""Decoding, labels and input errors."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from tui.core.errors import InputError
from tui.core.load import decode, expand_inputs, load_version, load_versions


def test_utf8_bom_and_crlf() -> None:
    text, enc = decode(codecs.BOM_UTF8 + b"one\r\ntwo\rthree")
    assert text == "one\ntwo\nthree" and enc == "utf-8"


def test_utf16_with_bom() -> None:
    text, enc = decode("Kyiv’s “forces”".encode("utf-16"))
    assert text == "Kyiv’s “forces”" and enc == "utf-16"


def test_cp1252_curly_quotes() -> None:
    data = "\u201cAt most,\u201d the source said of the 1,376 square kilometres in the valley. " * 3
    text, enc = decode(data.encode("cp1252"))
    assert "\u201cAt most,\u201d" in text
    assert enc in ("cp1252", "windows-1252")


def test_mostly_utf8_keeps_replacement_characters() -> None:
    data = ("Ukraine’s forces advanced " * 20).encode() + b"\xff" + b" and held."
    text, enc = decode(data)
    assert "\ufffd" in text and text.startswith("Ukraine’s forces") and "replacements" in enc


def test_binary_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(InputError, match="binary"):
        load_version(str(p))


def test_empty_and_whitespace_files_are_refused(tmp_path: Path) -> None:
    p = tmp_path / "blank.txt"
    p.write_text("  \n\n\t ")
    with pytest.raises(InputError, match="empty"):
        load_version(str(p))


def test_missing_file_names_the_file() -> None:
    with pytest.raises(InputError) as err:
        load_version("/nonexistent/article.txt")
    assert str(err.value) == "no such file (/nonexistent/article.txt)"


def test_directory_expands_sorted_article_files(tmp_path: Path) -> None:
    for name in ("b.txt", "a.md", "c.html", "notes.json"):
        (tmp_path / name).write_text("x")
    names = [Path(p).name for p in expand_inputs([str(tmp_path)])]
    assert names == ["a.md", "b.txt", "c.html"]


def test_empty_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no article files"):
        expand_inputs([str(tmp_path)])


def test_fewer_than_two_versions(tmp_path: Path) -> None:
    p = tmp_path / "one.txt"
    p.write_text("Just one version of the story.")
    with pytest.raises(InputError, match="at least two"):
        load_versions([str(p)])


def test_label_is_stem_and_headline_is_title(tmp_path: Path) -> None:
    p = tmp_path / "002-copy.txt"
    p.write_text("Floodwater covers the valley\n\nThe river burst its banks on Friday, officials said.\n")
    v = load_version(str(p))
    assert v.label == "002-copy" and v.title == "Floodwater covers the valley"


def test_html_page_gives_its_text(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    p.write_text(
        "<html><head><title>Valley flood</title><script>var x='[bold]';</script></head><body>"
        "<nav>Home | News</nav><p>The river burst its banks.</p><p>Some 23,000 residents left.</p></body></html>"
    )
    v = load_version(str(p))
    assert v.text == "Valley flood\n\nThe river burst its banks.\n\nSome 23,000 residents left.\n"
    assert v.title == "Valley flood"


SAVED_PAGE = Path(__file__).resolve().parents[1] / "fixtures" / "saved_page.html"


def test_saved_page_gives_the_article_alone() -> None:
    """A saved web page compares like its text: the article's paragraphs, without the site around them."""
    v = load_version(str(SAVED_PAGE))
    assert v.label == v.title == "Floodwater covers 40% of Lessin valley farmland"
    paragraphs = v.text.strip().split("\n\n")
    assert paragraphs[0] == v.title
    assert paragraphs[1].startswith("Floodwater has covered more than 40 per cent")
    assert paragraphs[-1].endswith("would take two and a half years.")
    for furniture in ("Share on", "Sign up", "Related stories", "All rights reserved", "Subscribe", "Home", "[bold"):
        assert furniture not in v.text


def test_saved_page_json_text_is_the_extracted_text(tmp_path: Path) -> None:
    from tui.core.pipeline import compare

    other = tmp_path / "wire.txt"
    other.write_text("Floodwater covers the valley\n\nFloodwater has covered over 40 percent of the farmland.\n")
    c = compare([load_version(str(SAVED_PAGE)), load_version(str(other))])
    data = c.to_json()
    assert data["versions"][0]["text"] == load_version(str(SAVED_PAGE)).text
    assert any(f["text"] == "212 bridges" for f in data["figures"])


def test_html_without_trafilatura_uses_the_stdlib_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_trafilatura(name: str, *args: object, **kwargs: object) -> object:
        if name == "trafilatura":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_trafilatura)
    v = load_version(str(SAVED_PAGE))
    assert "Floodwater has covered more than 40 per cent" in v.text
    assert "Related stories" not in v.text and "window.dataLayer" not in v.text


@pytest.mark.parametrize(
    ("raw", "word"),
    [
        ("Le minist\xe8re a publi\xe9 un communiqu\xe9 tr\xe8s d\xe9taill\xe9 sur la r\xe9forme.", "ministère"),
        ("La polic\xeda inform\xf3 que el puente estar\xe1 cerrado hasta ma\xf1ana.", "policía"),
        ("Die Regierung hat gr\xf6\xdfere \xc4nderungen beschlossen.", "größere"),
    ],
)
def test_a_short_western_latin1_text_reads_as_cp1252(raw: str, word: str) -> None:
    text, encoding = decode(raw.encode("cp1252"))
    assert encoding == "cp1252" and word in text


def test_a_central_european_text_keeps_its_encoding() -> None:
    raw = "Vláda schválila zákon o účetnictví. Ministr řekl, že změny budou významné."
    text, encoding = decode(raw.encode("cp1250"))
    assert text.strip() == raw and encoding == "cp1250"
