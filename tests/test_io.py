import io
import json

import pytest

from kg.errors import InputError
from kg.io import html_to_text, iter_articles, read_articles
from kg.model import Article, Failure


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def test_txt_title_and_dateline(tmp_path):
    path = write(tmp_path, "a1.txt", "Judul Berita\n\nHOLOPIS.COM, JAKARTA – Presiden datang.\n")
    [article] = read_articles([str(path)])
    assert article.id == "a1"
    assert article.title == "Judul Berita"
    assert (article.source, article.place) == ("HOLOPIS.COM", "Jakarta")
    assert article.text[article.body_start :].startswith("Presiden datang.")
    assert article.text == path.read_text(encoding="utf-8")  # offsets are into the text as read


def test_long_first_line_is_not_a_title(tmp_path):
    path = write(tmp_path, "a.txt", "Ini kalimat pertama yang panjang dan berakhir dengan titik.\n\nLalu ini.")
    assert read_articles([str(path)])[0].title == ""


def test_markdown_title(tmp_path):
    path = write(tmp_path, "m.md", "# Judul\n\nIsi berita.")
    assert read_articles([str(path)])[0].title == "Judul"


def test_html_visible_text_only(tmp_path):
    page = (
        "<html><head><title>T &amp; U</title><style>p{}</style></head><body>"
        "<script>var x='Kim';</script><p>Kim datang.</p><p>Lalu pergi.</p></body></html>"
    )
    title, text = html_to_text(page)
    assert title == "T & U"
    assert text == "Kim datang.\n\nLalu pergi."
    path = write(tmp_path, "p.html", page)
    [article] = read_articles([str(path)])
    assert "var x" not in article.text and article.title == "T & U"


def test_jsonl_ids_and_metadata(tmp_path):
    lines = [
        {"id": "x1", "text": "Kim datang.", "date": "2024-08-14", "url": "http://e/1"},
        {"id": 7, "text": "Lee pergi."},
    ]
    path = write(tmp_path, "b.jsonl", "\n".join(json.dumps(line) for line in lines) + "\n")
    articles = read_articles([str(path)])
    assert [a.id for a in articles] == ["x1", "7"]
    assert articles[0].date == "2024-08-14" and articles[0].url == "http://e/1"


def test_folder_recursive_sorted(tmp_path):
    write(tmp_path, "b.txt", "Satu.")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "a.md", "Dua.")
    write(tmp_path, "skip.bin", "x")
    assert [a.id for a in read_articles([str(tmp_path)])] == ["b", "sub/a"]


def test_stdin_text_and_jsonl():
    assert read_articles(["-"], io.BytesIO(b"Kim datang."))[0].id == "stdin"
    assert read_articles(["-"], io.BytesIO(b'{"id": "q", "text": "Hai."}\n'))[0].id == "q"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("bin.txt", b"\x00\x01\x02abc", "binary"),
        ("latin.txt", "Caf\u00e9".encode("latin-1"), "not valid UTF-8"),
        ("empty.txt", b"  \n\n ", "empty"),
        ("bad.jsonl", b'{"id": 1, "text": "a"}\nnot json\n', "bad.jsonl:2: not JSON"),
        ("notext.jsonl", b'{"id": 1}\n', 'no "text"'),
    ],
)
def test_bad_input_is_a_clear_error(tmp_path, name, data, message):
    path = write(tmp_path, name, data)
    with pytest.raises(InputError) as info:
        read_articles([str(path)])
    assert message in info.value.message
    assert info.value.hint


def test_missing_path_and_duplicate_ids(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_articles([str(tmp_path / "nope.txt")])
    path = write(tmp_path, "d.jsonl", '{"id": "a", "text": "x"}\n{"id": "a", "text": "y"}\n')
    with pytest.raises(InputError, match="id already used by"):
        read_articles([str(path)])


def test_huge_file_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr("kg.io.MAX_BYTES", 10)
    path = write(tmp_path, "big.txt", "x" * 100)
    with pytest.raises(InputError, match="over the"):
        read_articles([str(path)])


def test_jsonl_lines_end_at_newline_only(tmp_path):
    """U+0085, U+2028, U+2029 and the file separators are text inside JSON strings."""
    texts = ["Satu\u0085dua.", "Tiga\u2028empat.", "Lima\u2029enam \x1c\x1d\x1e tujuh."]
    records = [json.dumps({"id": f"a{k}", "text": t}, ensure_ascii=False) for k, t in enumerate(texts)]
    path = write(tmp_path, "c.jsonl", "\n".join(records) + "\n")
    assert [a.text for a in read_articles([str(path)])] == texts


def test_a_bad_line_is_reported_and_reading_goes_on(tmp_path):
    nested = "[" * 100_000 + "]" * 100_000
    data = (
        '{"id": "a", "text": "Satu."}\nnot json\n' + nested + '\n{"id": "", "text": "x"}\n{"id": "b", "text": "Dua."}\n'
    )
    items = list(iter_articles([str(write(tmp_path, "m.jsonl", data))]))
    assert [type(i) for i in items] == [Article, Failure, Failure, Failure, Article]
    assert [i.article for i in items if isinstance(i, Failure)] == [f"{tmp_path}/m.jsonl:{n}" for n in (2, 3, 4)]
    assert "nested too deeply" in items[2].error and 'no "id"' in items[3].error


def test_lone_surrogates_become_replacement_characters(tmp_path):
    path = write(tmp_path, "s.jsonl", '{"id": "s", "text": "Kim\\ud800 datang."}\n')
    assert read_articles([str(path)])[0].text == "Kim\ufffd datang."


def test_html_without_the_optional_head_end_tag_keeps_its_body():
    title, text = html_to_text("<html><head><title>Judul</title><meta charset=utf-8><p>Isi berita.</p><p>Dua.</p>")
    assert (title, text) == ("Judul", "Isi berita.\n\nDua.")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_bom(tmp_path, encoding):
    data = "Kim Jong-un datang ke Moskow.".encode(encoding)
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        data = ("\ufeff" + "Kim Jong-un datang ke Moskow.").encode(encoding)
    assert read_articles([str(write(tmp_path, "u.txt", data))])[0].text == "Kim Jong-un datang ke Moskow."


def test_stdin_is_jsonl_only_when_it_reads_as_jsonl():
    [article] = read_articles(["-"], io.BytesIO(b"{Catatan redaksi} Kim datang ke Moskow."))
    assert article.id == "stdin" and article.text.startswith("{Catatan")


def test_an_output_folder_inside_the_input_is_skipped(tmp_path):
    write(tmp_path, "a.txt", "Satu.")
    out = tmp_path / "out"
    out.mkdir()
    write(out, "graph.html", "<p>Lama.</p>")
    write(out, "kg-manifest.json", "{}")
    write(tmp_path, ".hidden.txt", "Tersembunyi.")
    assert [a.id for a in read_articles([str(tmp_path)])] == ["a"]
