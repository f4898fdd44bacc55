"""Round 110 (zhucun110): resident village work teams and first secretaries — 驻村第一书记 and 驻村工作队
news from Fujian (宁化县伍坊村, a traditional-script page), Guangxi (资源县脚古冲村), Hubei (阳新县上徐村,
邹岗镇卢管村), Shaanxi (洛南县), Henan (鹿邑县), Hainan (琼中), Zhejiang (绍兴) and a national feature (fresh
texts of /tmp/s27/txt/zhucun110).  Fixes: a first secretary the sending body stations in a village
(省物价局派驻伍坊村的第一书记陈健) holds his post in the village, 驻 no envoy's mission and 的 no bar; a
demonstrative's village (该村支书李传宝, 派驻该村的“第一书记”廖翔) is the village named last; 指着 after a
name ends it (陈健指着危桥说: no 陈健指); 四处 before a verb of seeking (四处争取项目) no count of four
places; a longer site noun after a quoted name counted (30个“十三五”建档立卡贫困村: no indicator
十三五); a village's road (中港村道) no village 中港村; a title opening with its own county (《鹿邑县关于…
实施方案》) listed after a province's document is not run by the province's bodies; a paper's and its
website's flash joined by a dash (商洛日报 - 商洛之窗讯) no subject of the county's figures."""
from __future__ import annotations

from conftest import extract_text


def _names(doc, etype: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == etype}


def _rels(doc, pred: str) -> set[tuple[str, str]]:
    n = lambda k: doc.entities[k].name if k in doc.entities else k  # noqa: E731
    return {(n(r.subject), n(r.object)) for r in doc.relations if r.predicate == pred}


def _metrics(doc) -> set[tuple]:
    n = lambda k: doc.entities[k].name if k in doc.entities else k  # noqa: E731
    return {(m.indicator, m.value, m.unit, n(m.subject)) for m in doc.metrics}


def test_a_first_secretary_stationed_in_a_village_holds_his_post_there():
    """09-ninghua-wufang: 河堤旁,省物價局派駐伍坊村的第一書記陳健指著危橋說 (base: no post; 驻 before the village
    read as an envoy's mission, and 的 between the village and the post no body)."""
    doc = extract_text("驻村帮扶\n宁化县伍坊村的护河堤建设现场热火朝天。河堤旁，省物价局派驻伍坊村的第一书记陈健说。")
    assert ("陈健", "伍坊村") in _rels(doc, "holdsPost"), _rels(doc, "holdsPost")
    doc = extract_text("驻村帮扶\n宁化县伍坊村是贫困村。省物价局派驻伍坊村第一书记陈健说。")
    assert ("陈健", "伍坊村") in _rels(doc, "holdsPost"), _rels(doc, "holdsPost")


def test_the_envoy_reading_of_stationed_stays():
    """Guard: 驻 before a city and a consul general is still the mission's post."""
    doc = extract_text("外事\n瑞典驻上海总领事林德说。")
    assert ("林德", "瑞典驻上海总领事馆") in _rels(doc, "holdsPost"), _rels(doc, "holdsPost")


def test_the_village_a_demonstrative_names():
    """05-ziyuan-jiaoguchong: 市社科联派驻该村的“第一书记”廖翔进驻该村 … 该村支书李传宝对记者说道 (base: neither
    post); 该村 is the village named last, 脚古冲村."""
    doc = extract_text("驻村帮扶\n资源县车田苗族乡脚古冲村是国家级贫困村。去年3月，市社科联派驻该村的“第一书记”"
                       "廖翔进驻该村。谈到工作，该村支书李传宝对记者说道。")
    got = _rels(doc, "holdsPost")
    assert ("廖翔", "脚古冲村") in got, got
    assert ("李传宝", "脚古冲村党支部") in got, got


def test_a_demonstrative_with_no_village_named_gives_no_post_body():
    """Guard: 该村支书 with no village named before stays bodiless."""
    doc = extract_text("驻村帮扶\n资源县车田苗族乡是贫困乡。谈到工作，该村支书李传宝对记者说道。")
    assert not any(p == "李传宝" for p, _ in _rels(doc, "holdsPost")), _rels(doc, "holdsPost")


def test_pointing_ends_the_name():
    """09-ninghua-wufang: 第一书记陈健指着危桥说 (base: person 陈健指); the traditional page's 指著 too."""
    doc = extract_text("驻村帮扶\n第一书记王强指着地图说。")
    assert "王强" in _names(doc, "Person") and "王强指" not in _names(doc, "Person"), _names(doc, "Person")
    doc = extract_text("驻村帮扶\n宁化县伍坊村是贫困村。省物价局派驻伍坊村的第一书记陈健指著危桥说。")
    assert ("陈健", "伍坊村") in _rels(doc, "holdsPost"), _rels(doc, "holdsPost")


def test_on_every_side_is_no_count_of_places():
    """05-ziyuan-jiaoguchong: 带领我们四处争取项目破除发展瓶颈 (base: 争取项目破除发展瓶颈 4 处).  A count of
    places before a noun stays (四处隐患)."""
    doc = extract_text("驻村帮扶\n资源县车田苗族乡脚古冲村是贫困村。他带领我们四处争取项目破除发展瓶颈。")
    assert not any(m[2] == "处" for m in _metrics(doc)), _metrics(doc)
    doc = extract_text("安全生产\n全县共排查出四处隐患。")
    assert any(m[1] == 4 and m[2] == "处" for m in _metrics(doc)), _metrics(doc)


def test_a_villages_road_is_no_village():
    """04-yangxin-shangxu: 13日,上徐村中港村道上,袁全保在现场指挥道路施工 (base: village 中港村).  A village's
    roads (中港村道路) keep the village."""
    doc = extract_text("驻村帮扶\n阳新县上徐村是贫困村。13日，上徐村中港村道上，袁全保在现场指挥道路施工。")
    assert "中港村" not in _names(doc, "Place"), _names(doc, "Place")
    doc = extract_text("驻村帮扶\n阳新县上徐村是贫困村。中港村道路硬化全部完成。")
    assert "中港村" in _names(doc, "Place"), _names(doc, "Place")


def test_a_countys_own_title_is_not_the_provinces():
    """08-luyi-diyishuji: 按照省委组织部、省委农办、省扶贫办《关于…的实施意见》和《鹿邑县关于…的实施方案》的要求
    (base: the three provincial bodies run the county's 实施方案 too).  They still run their own 实施意见."""
    doc = extract_text("鹿邑县\n按照省委组织部、省委农办、省扶贫办《关于全面开展选派机关优秀干部到村任第一书记工作的实施意见》"
                       "和《鹿邑县关于扎实做好选派机关优秀干部到村任第一书记工作的实施方案》的要求，近日，"
                       "鹿邑县城乡规划局坚持严把人选条件。")
    runs = _rels(doc, "runs")
    assert not any(o.startswith("鹿邑县") for _, o in runs), runs
    assert ("河南省委组织部", "关于全面开展选派机关优秀干部到村任第一书记工作的实施意见") in runs, runs


def test_a_same_place_title_listed_keeps_its_runner():
    """Guard: a county body's two titles, the second opening with the county, both its own."""
    doc = extract_text("鹿邑县\n县委组织部印发《关于选派第一书记的通知》和《鹿邑县第一书记管理办法》。")
    runs = _rels(doc, "runs")
    assert ("鹿邑县委组织部", "鹿邑县第一书记管理办法") in runs, runs


def test_a_papers_paired_flash_is_no_subject():
    """07-luonan-diyishuji: 商洛日報 - 商洛之窗訊 (許耀堂)洛南縣自開展選派村第一書記工作以來,…兩年來共落實幫扶
    項目852個 (base: subject 商洛日报)."""
    doc = extract_text("商洛日报 - 商洛之窗讯 (许耀堂)洛南县自开展选派村第一书记工作以来,各相关部门充分发挥优势,"
                       "两年来共落实帮扶项目852个,争取资金4852万元。")
    got = _metrics(doc)
    assert ("帮扶项目", 852, "个", "洛南县") in got, got
    assert not any(m[3] == "商洛日报" for m in got), got


def test_a_longer_site_noun_after_a_quoted_name_is_counted():
    """06-qiongzhong-diyishuji: 覆盖琼中30个“十三五”建档立卡贫困村和部分“富美乡村”建设村庄 (base: indicator 十三五;
    the head noun longer than four characters was dropped).  A quoted name a verb follows stays alone (9个“明星村”上榜)."""
    doc = extract_text("琼中\n派驻驻村第一书记，覆盖全县30个“十三五”建档立卡贫困村和部分“富美乡村”建设村庄。")
    got = {(m.indicator, m.value) for m in doc.metrics}
    assert ("十三五建档立卡贫困村", 30) in got, got
    doc = extract_text("琼中\n全县有9个“明星村”上榜。")
    assert ("明星村", 9) in {(m.indicator, m.value) for m in doc.metrics}, doc.metrics
