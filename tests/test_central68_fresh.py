"""Round 68 (central68): ordinary county, township and village news of 安徽 and 江西 (当涂县's 和美乡村 meeting,
安庆's 乡村振兴 honours, 秸秆禁烧 in 关集镇/代桥镇/官桥镇/石梁镇, 井冈山's 河长制, a visit to 会昌县, 永新县's
pomelo cooperative, 青阳县's study tour, 瑞金's navel oranges) from fresh texts of /tmp/s26/fresh/central68.
Fixes: the deputy in charge (分管副县长) read as his post; a level's four leading bodies (等县四套班子领导) closing a
list of persons; 总编 as a post; a verb of winning (获) and a harvest met (迎来) ending a counted noun; the
spoken yuan (块钱); the part named after 其中 with its copula (其中48户为脱贫户); a count's noun no first name of
a village list (全市21个乡镇场、沿河83个行政村); a place learned from (学习浙江…经验) no subject of the sentence's
programmes; a reporter's 这里(现有) no part of an indicator; a lead word (均) cutting no township's name
(均村乡共有…); a township's figures after its government's seat (镇政府驻地洽村,下辖…) the township's; staff provided in each village (各村配备保洁员) counted by kind."""
from __future__ import annotations

from conftest import extract_text, held_posts


def _names(doc, kind: str) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == kind}


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _implemented(doc) -> set[tuple[str, str]]:
    return {(doc.entities[r.subject].name, doc.entities[r.object].name) for r in doc.relations
            if r.predicate == "implementedIn"}


def test_the_deputy_in_charge_holds_his_post():
    """09-qingyang-kaocha (青阳县人民政府网): 县政府分管副县长祝和平、县美丽办及相关乡镇负责同志陪同考察 (base: 祝和平 a
    person with no post)."""
    doc = extract_text("黄山市考察组来青阳县考察\n8月23日,黄山市考察组来青阳县考察学习美丽乡村建设工作。县政府分管副县长"
                       "祝和平、县美丽办及相关乡镇负责同志陪同考察。")
    assert ("祝和平", "青阳县", "副县长", None) in held_posts(doc), held_posts(doc)
    plain = extract_text("青阳县召开会议\n青阳县召开美丽乡村建设推进会。副县长祝和平出席会议。")
    assert ("祝和平", "青阳县", "副县长", None) in held_posts(plain), held_posts(plain)


def test_names_before_a_level_s_four_leading_bodies_are_persons():
    """01-dangtu-hemei (当涂县): 县委书记阙方俊出席会议并讲话。县长魏邦军主持。霍更生、黄翔、张中鑫等县四套班子领导出席
    (base: none of the three a person)."""
    doc = extract_text("全县加快建设和美乡村动员部署会召开\n9月5日下午,当涂县和美乡村动员部署会召开。县长魏邦军主持。"
                       "霍更生、黄翔、张中鑫等县四套班子领导出席。")
    assert {"霍更生", "黄翔", "张中鑫"} <= _names(doc, "Person"), _names(doc, "Person")
    bare = extract_text("全县动员部署会召开\n9月5日下午,当涂县动员部署会召开。县四套班子领导出席会议。")
    assert not _names(bare, "Person") - {"魏邦军"}, _names(bare, "Person")


def test_a_deputy_editor_in_chief_holds_a_post():
    """07-huichang-diaoyan (会昌县): 新华社江西分社副总编陈建华一行来我县调研采访 (base: 陈建华 no person at all)."""
    doc = extract_text("会昌县迎接调研\n今天上午,新华社江西分社副总编陈建华一行来我县调研采访。县委书记傅春荣陪同调研。")
    assert ("陈建华", "新华社江西分社", "副总编", None) in held_posts(doc), held_posts(doc)
    room = extract_text("日报社召开会议\n会昌县融媒体中心召开会议,中心总编室主任王明出席。")
    assert not any(p[2] == "总编" for p in held_posts(room)), held_posts(room)


def test_a_verb_of_winning_ends_the_noun_counted():
    """02-tongcheng-xindu (掌上安庆): 桐城市新渡镇等10个乡镇获2022年安徽省乡村振兴示范镇(乡),宿松县佐坝乡碧岭村等50个
    村(社区)获2022年… (base: indicators 乡镇获, 村(社区)获)."""
    doc = extract_text("安庆一批乡镇村获乡村振兴示范\n安庆市召开会议。桐城市新渡镇等10个乡镇获2022年安徽省乡村振兴示范镇(乡),"
                       "宿松县佐坝乡碧岭村等50个村(社区)获2022年安徽省乡村振兴示范村(社区)。")
    got = {m.indicator for m in doc.metrics}
    assert "乡镇" in got and "村(社区)" in got and not any(i.endswith("获") for i in got), got
    seized = extract_text("禁毒工作成效明显\n今年以来,安庆市共查获案件12起。")
    assert ("查获案件", 12, "起") in _metrics(seized), _metrics(seized)


def test_a_harvest_met_ends_the_noun_counted():
    """08-yongxin-miyou (视觉江西, 永新县): 樟石村的田鑫果业专业合作社的1000亩蜜柚迎来大丰收 (base: indicator
    蜜柚迎来大丰收)."""
    doc = extract_text("永新蜜柚丰收\n近日,江西省永新县禾川镇樟石村的1000亩蜜柚迎来大丰收。")
    assert ("蜜柚", 1000, "亩") in _metrics(doc), _metrics(doc)


def test_the_spoken_yuan_is_yuan():
    """08-yongxin-miyou: 像这种金兰柚最低四块钱一斤 — spoken prices in 块钱 (base: unit 块, indicator 钱…)."""
    doc = extract_text("永新蜜柚丰收\n永新县樟石村蜜柚丰收。今年金兰柚卖到8块钱。")
    assert ("金兰柚卖到", 8, "元") in _metrics(doc) or any(u == "元" and v == 8 for _, v, u in _metrics(doc)), \
        _metrics(doc)
    assert not any(u == "块" for _, _, u in _metrics(doc)), _metrics(doc)


def test_the_part_named_after_its_copula_is_the_indicator():
    """08-yongxin-miyou: 吸纳了100余名农户入股,其中48户为脱贫户 (base: indicator 为脱贫户)."""
    doc = extract_text("永新蜜柚丰收\n永新县樟石村吸纳了100余名农户入股,其中48户为脱贫户,年分红15%。")
    assert ("脱贫户", 48, "户") in _metrics(doc), _metrics(doc)


def test_a_count_s_noun_opens_no_list_of_villages():
    """06-jinggangshan-hezhang (井冈山报): 全市21个乡镇场、沿河83个行政村均明确了河长 (base: a village 沿河 of
    井冈山市)."""
    doc = extract_text("井冈山实施河长制\n井冈山市建立起河长制管理责任体系,全市21个乡镇场、沿河83个行政村均明确了河长。")
    assert "沿河" not in _names(doc, "Place"), _names(doc, "Place")
    listed = extract_text("椰林镇概况\n椰林镇辖有卓杰、华东、华北、城南等15个行政村。")
    assert {"卓杰", "城南"} <= _names(listed, "Place"), _names(listed, "Place")


def test_a_place_learned_from_carries_out_no_programme_of_the_sentence():
    """01-dangtu-hemei: 深入学习浙江“千万工程”经验,…以“五百五千”行动为抓手,大力实施“千村引领、万村升级”工程 (base:
    both 当涂县's programmes implementedIn 浙江省)."""
    doc = extract_text("当涂县和美乡村动员部署会召开\n当涂县召开会议。会议强调,要深入学习浙江“千万工程”经验,以“五百五千”"
                       "行动为抓手,大力实施“千村引领、万村升级”工程。")
    got = _implemented(doc)
    assert ("千村引领、万村升级", "浙江省") not in got and ("五百五千", "浙江省") not in got, got
    assert ("千村引领、万村升级", "当涂县") in got, got


def test_a_reporter_s_here_is_no_part_of_the_indicator():
    """10-ruijin-qicheng (经济日报, 瑞金市): 来到了瑞金市黄柏乡的坳背岗万亩脐橙基地,这里现有脐橙种植面积1.5万亩
    (base: indicator 这里现有脐橙种植面积)."""
    doc = extract_text("赣南脐橙\n记者来到了瑞金市黄柏乡的脐橙基地,这里现有脐橙种植面积1.5万亩。")
    assert ("脐橙种植面积", 15000, "亩") in _metrics(doc), _metrics(doc)


def test_a_lead_word_cuts_no_township_s_name():
    """14-xingguo-juncun (兴国县均村乡): 目前,均村乡共有领导干部65名 (base: indicator 村乡共有领导干部, 均 read as the
    adverb 'all')."""
    doc = extract_text("均村乡基本情况\n均村乡地处兴国县最西端。目前,均村乡共有领导干部65名,其中行政编26人。")
    assert ("领导干部", 65, "名") in _metrics(doc), _metrics(doc)
    county = extract_text("兴国县就业\n今年,全县新增城镇就业3000人。")
    assert ("新增城镇就业", 3000, "人") in _metrics(county), _metrics(county)


def test_a_township_s_figures_after_its_government_s_seat_are_the_township_s():
    """15-lichuan-xicheng (南丰县紫霄镇): 镇政府驻地洽村,下辖19个行政村96个村小组,现有4361户16404人 (base: the
    counts of villages and households the 紫霄镇人民政府's)."""
    doc = extract_text("紫霄镇概况\n紫霄镇位于南丰县西南部。镇政府驻地洽村,下辖19个行政村96个村小组,现有4361户16404人。")
    subjects = {doc.entities[m.subject].name for m in doc.metrics}
    assert subjects == {"紫霄镇"}, subjects
    spend = extract_text("紫霄镇修路\n紫霄镇位于南丰县西南部。镇政府投入资金300万元修建道路。")
    assert {spend.entities[m.subject].name for m in spend.metrics} == {"紫霄镇人民政府"}, spend.metrics


def test_staff_provided_in_each_village_are_counted_by_their_kind():
    """06-jinggangshan-hezhang: 各沿河行政村设置河库专管人员83人、巡查员83人、保洁员83人 — the shape 各村配备保洁员N人
    (base: indicator 各村配备保洁员)."""
    doc = extract_text("井冈山实施河长制\n井冈山市建立河库巡查巡护机制,各村配备保洁员83人。")
    assert ("保洁员", 83, "人") in _metrics(doc), _metrics(doc)
    rate = extract_text("井冈山实施河长制\n井冈山市建立河库巡查巡护机制,全市保洁员配备率达100%。")
    assert any(i.endswith("配备率") for i, _, _ in _metrics(rate)), _metrics(rate)
