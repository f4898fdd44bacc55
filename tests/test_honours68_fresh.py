"""Round 68 (honours68): commendations, award lists and honour rolls (/tmp/s26/fresh/honours68: 两优一先 of
太原 and 烟台, 三八红旗手 of 南平, 劳动模范 of 齐齐哈尔, 潍坊, 泉州, 巴中, 贵港 and 荆门, a 新余 commendation
notice, a 丹东 表彰决定).  Fixes: the trades and professional titles of honour rolls read as posts
(电焊工张某, 首席技师王某, 园长、一级教师孙某); an honour roll written one person a line with the unit in
brackets, and one written as unit and name cells apart by white space, read as people; being honoured
(受到表彰, 获得, 起程, 进京, 纷纷) ending the noun of those counted; and a place inside the name of a body
listed as an example before 等 and a count (…严羽社区、…妇联等11个集体) no subject of the count."""
from __future__ import annotations

from conftest import extract_text, held_posts


def _people(doc) -> set[str]:
    return {e.name for e in doc.entities.values() if e.type == "Person"}


def _metrics(doc) -> set[tuple[str, float, str]]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def _subjects(doc) -> dict[tuple[str, float], str | None]:
    names = {k: e.name for k, e in doc.entities.items()}
    return {(m.indicator, m.value): names.get(m.subject) for m in doc.metrics}


def test_a_worker_s_trade_after_the_unit_is_a_post():
    """09-qiqihar-laomo, 10-weifang-laomo (全国劳动模范 lists): 车辆有限公司货车分厂电焊工张某, 锻造厂大班长刘某,
    控股集团有限公司首席技师王某, 幼儿园园长、一级教师孙某 (base: none of them a person, no post held)."""
    doc = extract_text("我市10人荣获全国劳动模范称号\n他们分别是中车齐齐哈尔车辆有限公司货车分厂电焊工张敬华,"
                       "齐齐哈尔雨田针织有限责任公司挡车工陈艳玲,潍柴控股集团有限公司首席技师王树军,"
                       "寿光世纪教育集团幼儿园园长、一级教师孙琳琳。")
    assert {"张敬华", "陈艳玲", "王树军", "孙琳琳"} <= _people(doc), _people(doc)
    held = {(p, b, post) for p, b, post, _s in held_posts(doc)}
    assert ("张敬华", "中车齐齐哈尔车辆有限公司货车分厂", "电焊工") in held, held
    assert ("王树军", "潍柴控股集团有限公司", "首席技师") in held, held
    assert ("孙琳琳", "寿光世纪教育集团幼儿园", "一级教师") in held, held
    # a school named for the trade keeps its name, and its head is held there
    school = extract_text("山东省技师学院举行开学典礼\n山东省技师学院院长李明出席典礼。全县教师节表彰大会同日召开。")
    assert "李明" in _people(school) and "学院院" not in _people(school), _people(school)


def test_an_honour_roll_one_person_a_line_with_the_unit_in_brackets():
    """07-jingmen-shenglaomo (荆门16名省劳模): 附:名单 / 陈斌(寿乡食用菌专业合作社) / 何平高(京和米业) / …
    (base: only the name the running text repeats was a person)."""
    doc = extract_text("荆门16名省劳模赴汉领奖\n昨日上午,我市16名全省劳动模范起程前往武汉。\n附:名单\n"
                       "陈斌(寿乡食用菌专业合作社)\n何平高(京和米业)\n胡为义(牌楼镇来龙村)\n彭开云(钟祥市信访局)\n")
    assert {"陈斌", "何平高", "胡为义", "彭开云"} <= _people(doc), _people(doc)
    # a list of offices with their floors in brackets names no one
    rooms = extract_text("办事指南\n财政局(二楼)\n教育局(三楼)\n公安局(一楼)\n")
    assert not _people(rooms), _people(rooms)


def test_an_honour_roll_of_unit_and_name_cells():
    """04-xinyu-duchaxianjin (新余市 先进个人(16名)): 市人民政府办公室 李勇平 市科学技术局 赖立明 市林业局 徐新平…
    (base: no person)."""
    doc = extract_text("关于表彰先进单位和先进个人的通报\n二、先进个人(5名): 市人民政府办公室 李勇平 市科学技术局 赖立明 "
                       "市林业局 徐新平 市人事局 林春景 市财政局 吴小军 希望受表彰的个人珍惜荣誉。")
    assert {"李勇平", "赖立明", "徐新平", "林春景", "吴小军"} <= _people(doc), _people(doc)
    # a roll of units alone names no one
    units = extract_text("关于表彰先进单位的通报\n一、先进单位(4个): 市教育局 市公安局 市建设局 市审计局 分宜县人民政府\n")
    assert not _people(units), _people(units)


def test_being_honoured_ends_the_noun_of_those_counted():
    """01-taiyuan, 09-qiqihar, 07-jingmen, 05-bazhong: 19名优秀共产党员受到表彰, 7名同志获得…称号, 16名全省劳动模范
    起程前往武汉, 三名劳动模范纷纷表示 (base: 优秀共产党员受到表彰, 同志获得, 全省劳动模范起程, 劳动模范纷纷表示)."""
    doc = extract_text("表彰大会举行\n在全省表彰大会上,太原市19名优秀共产党员受到表彰。其中,7名同志获得“全国劳动模范”"
                       "荣誉称号。参加表彰会后,三名劳动模范纷纷表示,很受鼓舞。")
    got = _metrics(doc)
    assert ("优秀共产党员", 19, "名") in got and ("同志", 7, "名") in got, got
    assert ("劳动模范", 3, "名") in got, got
    # 获得者 (the winners) keeps its verb
    winners = extract_text("劳模座谈会召开\n全市共有10名五一劳动奖章获得者参加座谈。")
    assert ("五一劳动奖章获得者", 10, "名") in _metrics(winners), _metrics(winners)


def test_a_place_inside_a_listed_example_body_is_no_subject_of_the_count():
    """02-nanping-sanba, 01-taiyuan: 邵武市通泰街道严羽社区、武夷山市妇联、建瓯市实验幼儿园等11个集体获评…,
    中共娄烦县天池店乡河北村支部委员会等25个集体荣获… (base: subjects 通泰街道 and 河北村, one collective's place)."""
    doc = extract_text("南平市妇联表彰三八红旗手\n南平市妇联日前召开表彰大会。我市邵武市通泰街道严羽社区、武夷山市妇联、"
                       "建瓯市实验幼儿园等11个集体获评福建省三八红旗集体。")
    assert _subjects(doc).get(("集体", 11)) not in ("通泰街道", "严羽社区", "邵武市"), _subjects(doc)
    party = extract_text("全省两优一先表彰\n全省共有299个基层党组织受到表彰,其中,中共娄烦县天池店乡河北村支部委员会等25个集体"
                         "荣获“全省先进基层党组织”称号。")
    assert _subjects(party).get(("集体", 25)) not in ("河北村", "天池店乡", "娄烦县"), _subjects(party)
    # a province opening the first item is every item's scope and stays the subject
    scope = extract_text("湖南9个明星村上榜\n我省湘西土家族苗族自治州古丈县默戎镇牛角山村、郴州市临武县舜峰镇贝溪村等9个"
                         "“明星村”上榜。")
    assert _subjects(scope).get(("明星村", 9)) == "湖南省", _subjects(scope)


def test_the_honour_conferred_on_those_counted_names_the_count():
    """08-dandong-biaozhang, 02-nanping-sanba: 授予浪头镇等 12个乡镇优胜乡镇荣誉称号; 授予…医院等395个单位全国三八红旗
    集体称号 (base: indicators 乡镇优胜乡镇荣誉称号, 单位全国三八红旗集体称号; and the space after 等 left 浪头镇 the
    subject)."""
    doc = extract_text("全国妇联表彰大会举行\n全国妇联决定,授予首都医科大学附属北京妇产医院等395个单位全国三八红旗集体称号,"
                       "授予北京市城建园林金都公司绿化三大队天安门广场特养班组等599个单位全国巾帼文明岗称号。")
    got = _metrics(doc)
    assert ("全国三八红旗集体", 395, "个") in got and ("全国巾帼文明岗", 599, "个") in got, got
    towns = extract_text("丹东市人民政府关于表彰优胜乡镇的决定\n市政府决定授予浪头镇等 12个乡镇优胜乡镇荣誉称号。")
    assert ("优胜乡镇", 12, "个") in _metrics(towns), _metrics(towns)
    assert _subjects(towns).get(("优胜乡镇", 12)) != "浪头镇", _subjects(towns)
    # a title with no holder's word before it is left as written
    kept = extract_text("表彰决定\n全县共有3个村获得全国文明村称号。")
    assert ("村", 3, "个") in _metrics(kept), _metrics(kept)


def test_a_small_form_semicolon_closes_its_clause():
    """09-qiqihar-laomo (people.com.cn): …挡车工陈艳玲﹔3名同志获得“全国先进工作者”荣誉称号 (base: the small-form
    ﹔ split nothing, and the count of 3 took 水师营村 of the clause before as its subject)."""
    doc = extract_text("齐齐哈尔市10人获表彰\n其中,7名同志获得荣誉称号,他们分别是齐齐哈尔市昂昂溪区水师营满族镇水师营村第一书记"
                       "李淑君,齐齐哈尔雨田针织有限责任公司挡车工陈艳玲﹔3名同志获得“全国先进工作者”荣誉称号。")
    assert _subjects(doc).get(("同志", 3)) == "齐齐哈尔市", _subjects(doc)
