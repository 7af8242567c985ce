"""The cover loader and the text readers never crash, whatever the text (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gapgraph.loaders.builder import Builder
from gapgraph.loaders.document import Document
from gapgraph.loaders.jsdgf.cover import load
from gapgraph.loaders.text import parse_date, parse_number, plain

TEMPLATE_LINES = [
    "Joint Programme title: Closing gaps",
    "Joint Programme (JP) title: ",
    "Short title: X",
    "Country: Mexico",
    "Country: ",
    "MPTF Office Project Reference Number¹: 00118979",
    "Start date (month/year): 13/2020",
    "Start date² (day/month/year): **01/02/2020**",
    "End date (month/year): soon",
    "RC (name): **a.i.**",
    "RC (name and email): **, @un.org**",
    "Representative of Lead PUNO (name and agency): Pedro, International Labour Organization (ILO)",
    "Lead PUNO Focal Point (focal point name and email): **;;**",
    "Other PUNO Focal Points (focal point names and emails): **A, a@b; B, c@unknown.example**",
    "List of PUNOs: ILO/UN Women/FAO//",
    "List of PUNOs: (",
    "Budget (Joint SDG Fund contribution): USD\\$ 2,000,000.00",
    "Overall budget (with co-funding): USD\\$ lots",
    "Annual Financial Delivery Rate (= Total JP expenditures / transferred funds x 100%):",
    "(USD\\$495,837.00 / USD\\$ 0)*100=**52.22%**",
    "Rate of Committed Funding (= x):",
    "Agency/other s\tJoint SDG Fund contribution\tCo-funding\tTotal",
    "ILO\t660,479\t119,254\t779,733",
    "\t\t\t",
    "Total\t1\t\t",
    "FAO\tabc\t-\t1.2.3",
    "SDG: Target 1.3. Implement",
    "Target 99.zz. Something",
    "Executive summary",
]

lines = st.lists(st.one_of(st.sampled_from(TEMPLATE_LINES), st.text(max_size=60)), max_size=40)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines)
def test_cover_loader_never_crashes(text_lines):
    builder = Builder()
    doc = Document(
        id="fuzz",
        kind="jsdgf-final-narrative-report",
        path="fuzz.txt",
        lines=[line.replace("\n", " ") for line in text_lines],
        meta={"period": "2020"},
    )
    load(builder, doc)
    for warning in builder.warnings:
        assert warning.doc == "fuzz" and 1 <= warning.line <= max(len(doc), 1)
    for _, data in builder.kg.nodes():
        assert data["sources"]
        assert all(1 <= s.lines[0] <= s.lines[1] <= len(doc) for s in data["sources"])


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=40))
def test_text_readers_never_crash(text):
    plain(text)
    number = parse_number(text)
    assert number is None or isinstance(number, int | float)
    date = parse_date(text)
    assert date is None or date[:4].isdigit()
