"""Round 51 (mine51): mass organisations and their meetings, from fresh texts of /tmp/s26/fresh/mine51
(澧县妇联, 自贡市总工会 in 工人日报, 绍兴 sister cities, a city's new-energy cars in its offices, 商南 and 古蔺
工商联): a newspaper's credit line under a headline, a cadre's duty put as 应以, the heads of bodies
attending a meeting, a verb done (缔结了) or the next figure's approx word (近) closing a counted noun,
以及 whole."""
from __future__ import annotations

from conftest import counted_nouns, extract_text, mentioned


def _figures(text: str, date: str | None = None) -> dict:
    from kg.builder import extract_document
    from kg.model import Doc
    doc = Doc(id="t", source="t.txt", text=text)
    doc.date = date
    res = extract_document(doc)
    return {(m.value, m.unit): m.indicator for m in res.metrics}


def test_a_newspaper_credit_under_the_headline_dates_the_story_and_leaves_its_title():
    """自贡工会向特困职工发放救助金 / 《工人日报》(2012年01月17日 002版) (workercn.cn): base had no title (the headline
    was read as the text's first line) and no date (the credit's page has three digits)."""
    doc = extract_text("自贡工会向特困职工发放救助金\n《工人日报》(2012年01月17日 002版)\n"
                       "本报讯 （记者高柱 通讯员吕丹）四川自贡市总工会日前举行2012年元旦春节困难职工生活救助专项行动资金发放仪式。"
                       "此次救助专项行动，共发放补助款40.7万元。\n")
    art = doc.articles[0]
    assert art.title == "自贡工会向特困职工发放救助金"
    assert art.date == "2012-01-17"


def test_a_cadres_duty_put_as_ying_yi_is_no_name():
    """澧县妇联 (fzzkxw.com): 县妇联主席黄杰强调，全县妇联干部应以“三八”妇女节法律知识竞赛活动为契机 (base: a person 应以
    holding a post in 澧县妇联: 应 is a family name, 干部 a post word)."""
    doc = extract_text("澧县妇联召开全县妇女儿童工作大会\n2月7日，澧县妇联组织召开2023年全县妇女儿童工作大会。"
                       "县妇联主席黄杰强调，全县妇联干部应以“三八”妇女节法律知识竞赛活动为契机，加强法律知识学习应用。")
    people = mentioned(doc, "Person")
    assert "应以" not in people and "黄杰" in people, people


def test_heads_of_bodies_attending_a_meeting_are_no_figure():
    """澧县妇联: 县妇联全体工作人员、全县19个镇街妇联主席、13个县直妇委会主任参加 (base: figures 镇街妇联主席 19 个 and
    县直妇委会主任参加 13 个); 剑阁县工商联: 剑州商会、下寺镇商会等12个基层商会会长、执行会长、秘书长参加会议."""
    figs = _figures("澧县妇联召开大会\n2月7日，澧县妇联组织召开2023年全县妇女儿童工作大会，县妇联全体工作人员、"
                    "全县19个镇街妇联主席、13个县直妇委会主任参加。")
    assert (19, "个") not in figs and (13, "个") not in figs, figs
    figs = _figures("剑阁县工商联召开推进会\n11月14日下午，剑阁县工商联召开基层商会建设工作推进会。"
                    "剑州商会、下寺镇商会等12个基层商会会长、执行会长、秘书长参加会议。")
    assert (12, "个") not in figs, figs
    # a count of posts filled stays a figure (选派112个驻村第一书记: 书记 is no attending head)
    assert _figures("全县选派112个驻村第一书记。")[(112, "个")] == "驻村第一书记"


def test_a_verb_done_closes_the_counted_noun():
    """绍兴市首届国际友城大会 (央广网): 目前已与21个国家的43个城市缔结了友好城市和友好交流关系城市，与27个外国城市签署了
    友好交流备忘录 (base: indicators 城市缔结了友好城市, 外国城市签署了友好交流备忘录)."""
    nouns = counted_nouns("目前已与21个国家的43个城市缔结了友好城市和友好交流关系城市，与27个外国城市签署了友好交流备忘录。")
    assert nouns == ["国家", "城市", "外国城市"], nouns
    assert counted_nouns("全国1867个城市建立了3046对友好城市关系。")[0] == "城市"
    # 了 of a word (了解) is no mark of a verb done
    assert counted_nouns("走访30户农户了解情况。")[0] != "农"


def test_the_next_figures_approx_word_and_yiji_close_a_counted_noun():
    """新能源汽车“进机关”宣传推广活动 (zhld.com): 活动现场共展示了26个品牌近80台新能源汽车 (base: 品牌近); 2024中国国际
    友好城市大会: 120多个城市以及60多个地方政府组织 (base: 城市以)."""
    assert counted_nouns("活动现场共展示了26个品牌近80台新能源汽车。") == ["品牌", "新能源汽车"]
    assert counted_nouns("共有来自120多个城市以及60多个地方政府组织代表参会。")[0] == "城市"


def test_a_county_site_writing_its_bureaus_bare_names_itself_short():
    """秀山公开招聘事业单位工作人员118人 (a county site's news): 来自县卫生局、应急办、规划局… 秀山2011年第三季度面向社会公开
    招聘事业单位工作人员118人 (base: no place at all — a county's short name stands alone only in a text speaking
    as 全县/我县 — and five bureaus of no county)."""
    from conftest import article_place
    text = ("秀山公开招聘事业单位工作人员118人\n8月9日上午，来自县卫生局、应急办、规划局等招聘单位工作人员正在认真对报名人员进行资格审查。"
            "据了解，秀山2011年第三季度面向社会公开招聘事业单位工作人员118人，主要涉及县政府办、卫生局等12个单位部门。")
    assert article_place(text) == "秀山土家族苗族自治县"
    # 县 after a county's own name is that county's, no voice: a common word stays no place (武功 nr 7887)
    assert article_place("武功之乡\n武功2023年新增就业1200人，秀山县政府办通报。") != "武功县"
    from kg.stages.gazetteer import _bare_county_organ
    assert _bare_county_organ("来自县卫生局的工作人员") and not _bare_county_organ("来自秀山县卫生局的工作人员")


def test_whom_the_counted_recruit_closes_their_noun():
    """2014年天门市事业单位面向社会公开招聘工作人员公告: 组织23家事业单位面向社会公开招聘工作人员146名 (base: 事业单位面);
    天津北方网: 共有672个岗位首次面向社会公开招考 (base: 岗位首次面); 晋江: 8个岗位计划招聘16名工作人员 (base: 岗位计划招聘)."""
    assert counted_nouns("市人力资源和社会保障局将组织23家事业单位面向社会公开招聘工作人员146名。")[0] == "事业单位"
    assert counted_nouns("共有672个岗位首次面向社会公开招考。")[0] == "岗位"
    assert counted_nouns("在此次公开招聘中，8个岗位计划招聘16名工作人员。")[0] == "岗位"


def test_a_time_after_which_to_act_is_no_figure():
    """晋江事业单位公开招聘考试: 报考人员可于笔试结束约10个工作日后登录晋江人事网查询成绩 (base: a figure 10 个 with
    indicator 工作日后登录晋江人事网查询成绩)."""
    figs = _figures("晋江事业单位公开招聘考试举行\n8月23日，共吸引近6000人参加。报考人员可于笔试结束约10个工作日后登录晋江人事网查询成绩。")
    assert (10, "个") not in figs and (6000, "人") in figs, figs


def test_a_holiday_as_a_given_name_is_no_day():
    """新任政协新闻发言人王国庆 (新华网, in traditional script): 63岁的王国庆说，…已收集1400多个问题，听取60多个部门介绍情况
    (base: the figures dated 2015-10-01, the National Day before the story, from the name 王国庆)."""
    from kg.builder import extract_document
    from kg.model import Doc
    doc = Doc(id="t", source="t.txt", text="政协新闻发言人\n2016-03-01\n63岁的王国庆说，为了首场发布会，他已收集1400多个问题。")
    assert [m.period for m in extract_document(doc).metrics] == [None]
    # the day kept stays a day (欢度国庆: 度 may be a family name too)
    doc = Doc(id="t", source="t.txt", text="标题\n2016-10-09\n欢度国庆，全县接待游客12万人次。")
    assert [m.period for m in extract_document(doc).metrics] == ["2016-10-01"]


def test_an_adjective_jieba_tags_ns_is_no_place():
    """王国庆 (新华网): 发言人必须有过硬的政治素质、广博的知识面、良好的沟通能力 (base: a place 广博)."""
    doc = extract_text("政协新闻发言人\n记者的提问范围广，难度大，发言人必须有过硬的政治素质、广博的知识面、良好的沟通能力。")
    assert "广博" not in mentioned(doc, "Place")


def test_a_rate_noun_after_a_percentage_is_the_figure():
    """山东省政府首位女性新闻发言人亮相 (齐鲁网): 李娥回答，全省8.7%的增速基本符合“稳”的要求 (base: indicator
    增速基本符合稳的要求, a share); 以6.5%的增速领跑全市 (base: 以增速)."""
    figs = _figures("山东省政府新闻发布会\n李娥回答，全省8.7%的增速基本符合“稳”的要求。")
    assert figs[(8.7, "%")] == "增速", figs
    assert _figures("经济运行\n工业以8.5%的增幅位居全省第一。")[(8.5, "%")] == "工业增幅"
    # a share of things doing something keeps its predicate (60%的企业实现盈利)
    assert _figures("企业效益\n全市60%的企业实现盈利。")[(60, "%")] == "企业实现盈利"


def test_a_rate_of_decrease_is_a_change():
    """中央机关一般公车去年减少37% (新华社): 一般公务用车数量全年减少1442辆，减幅37% (base: 减幅 37% a level)."""
    from kg.builder import extract_document
    from kg.model import Doc
    doc = Doc(id="t", source="t.txt", text="中央机关一般公车去年减少37%\n其中，一般公务用车数量全年减少1442辆，减幅37%。")
    kinds = {(m.value, m.unit): m.kind for m in extract_document(doc).metrics}
    assert kinds[(37, "%")] == "change", kinds


def test_a_source_naming_the_publisher_is_no_record_id(tmp_path):
    """A crawled JSON Lines corpus writing its publisher under `source` ({"headline": …, "body": …, "source": "澧县妇联"}):
    base took the publisher for the record's id, and every record of that publisher after the first was dropped
    as a duplicate id (exit status 1, one document of two).  An address under `source` is still the record's."""
    import json
    from kg.readers.corpus import ReadError, read_corpus
    path = tmp_path / "c.jsonl"
    records = [{"headline": "澧县妇联召开大会", "pubDate": "2023-02-08", "source": "澧县妇联",
                "body": "2月7日，澧县妇联组织召开2023年全县妇女儿童工作大会。"},
               {"headline": "澧县妇联开展活动", "pubDate": "2023-03-08", "source": "澧县妇联",
                "body": "3月8日，澧县妇联开展三八节活动。"},
               {"headline": "秀山招聘", "source": "http://www.xs.gov.cn/a/1.html", "body": "秀山县招聘工作人员118人。"}]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    items = list(read_corpus([path]))
    assert not [i for i in items if isinstance(i, ReadError)], items
    assert sorted(d.title for d in items) == ["澧县妇联召开大会", "澧县妇联开展活动", "秀山招聘"]
    assert "c.jsonl#http://www.xs.gov.cn/a/1.html" in {d.source for d in items}
    # the publisher is the records' site name, read for the place of a story naming none
    assert {d.meta.get("site_name") for d in items if d.title.startswith("澧县")} == {"澧县妇联"}


def test_a_reposts_credit_under_the_headline_leaves_the_title():
    """三亚海事局开展春运水域巡航 / 本文转自：三亚晨报 (xhyb.net.cn): base had no title (the credit line read as text)."""
    doc = extract_text("三亚海事局开展春运水域巡航\n本文转自：三亚晨报\n本报讯（记者 赵庆山）2022年春运于1月17日正式拉开序幕，"
                       "近日三亚海事局对辖区沿岸海域开展春运巡航活动。\n")
    assert doc.articles[0].title == "三亚海事局开展春运水域巡航"


def test_kinds_of_water_and_ports_are_no_places():
    """三亚海事局: 巡查三亚港、西岛、天涯海角、红塘湾新机场、南山港…等水域，覆盖主要海湾、避风港 (base: places 避风港
    and 南山 from 南山港; 海湾 stays a place word: the Gulf of world news)."""
    doc = extract_text("三亚海事局开展春运水域巡航\n据悉，此次巡航主要巡查三亚港、红塘湾新机场、南山港、龙栖湾等水域，"
                       "覆盖主要海湾、避风港、施工和旅游水域等，对水域的通航秩序和环境开展巡查。")
    places = mentioned(doc, "Place")
    assert not places & {"避风港", "南山"}, places
    # a name ending in 港 (大港, a former district) or a zone's (新港区) stays
    assert "大港" in mentioned(extract_text("洪涝灾害\n汉沽、大港、东丽3个区遭受洪涝灾害。"), "Place")


def test_a_group_split_into_teams_is_no_body():
    """曲江查获非法运输卷烟900条: 民警和该区烟草专卖局执法人员便分成两个工作组 (base: an agency
    曲江区烟草专卖局执法人员便分成两个工作组)."""
    doc = extract_text("曲江查获非法运输卷烟900条\n本报讯 近日，曲江公安分局经侦大队会同该区烟草专卖局执法人员联合行动。"
                       "获悉情况后，民警和该区烟草专卖局执法人员便分成两个工作组，对过往的可疑运输车辆进行检查。")
    assert not [a for a in mentioned(doc, "Agency") if "工作组" in a], mentioned(doc, "Agency")


def test_a_generic_list_of_bodies_after_wei_is_no_committee():
    """《内蒙古年鉴》举办首次撰稿人培训班 (in traditional script): 内蒙古自治区各盟市、旗县和自治区委办厅局、企事业单位等160多人
    参加培训 (base: an agency 内蒙古自治区委 from 自治区委办厅局, committees, offices, departments and bureaus)."""
    doc = extract_text("《内蒙古年鉴》举办首次撰稿人培训班\n内蒙古自治区地方志办公室于2013年3月27日在呼和浩特市举办培训班。"
                       "内蒙古自治区各盟市、旗县和自治区委办厅局、企事业单位等160多人参加培训。")
    assert "内蒙古自治区委" not in mentioned(doc, "Agency"), mentioned(doc, "Agency")
    # a committee named alone stays (自治区委召开常委会议)
    doc = extract_text("会议召开\n内蒙古自治区委召开常委会议，研究部署有关工作。")
    assert any(a.endswith("委") for a in mentioned(doc, "Agency")), mentioned(doc, "Agency")


def test_farming_and_herding_departments_are_agencies():
    """宁夏回族自治区人民政府关于表彰…的决定: 授予自治区农牧厅等19个单位…称号，授予银川市农牧局等12个单位… (base: neither
    department found: 农牧 was no department stem)."""
    doc = extract_text("宁夏回族自治区人民政府关于表彰先进单位的决定\n自治区人民政府决定，授予自治区农牧厅等19个单位“先进单位”称号，"
                       "授予银川市农牧局等12个单位“招商招展先进单位”称号。")
    agencies = mentioned(doc, "Agency")
    assert {"宁夏回族自治区农牧厅", "银川市农牧局"} <= agencies, agencies


def test_an_award_per_unit_is_a_rate():
    """中共邵阳县委 邵阳县人民政府关于表彰2017年度文明单位和文明乡镇的通报: 对县级文明单位（乡镇）奖励1万元/个 (base: 10000 元
    with indicator /个)."""
    from kg.builder import extract_document
    from kg.model import Doc
    doc = Doc(id="t", source="t.txt", text="关于表彰文明单位的通报\n对县级文明单位（乡镇）奖励1万元/个，对市级文明系列单位奖励2万元/个。")
    figs = {(m.value, m.unit): m.indicator for m in extract_document(doc).metrics}
    assert (10000, "元/个") in figs and (20000, "元/个") in figs, figs


def test_a_joint_notices_issuers_one_a_line_open_its_title():
    """邵文〔2018〕6号 / 中共邵阳县委 / 邵阳县人民政府 / 关于表彰2017年度文明单位和文明乡镇的通报 (in traditional script; base: the
    first issuer read as a red header and dropped, the title 邵阳县人民政府关于…)."""
    doc = extract_text("邵文〔2018〕6号\n中共邵阳县委\n邵阳县人民政府\n关于表彰2017年度文明单位和文明乡镇的通报\n（2018年2月26日）\n"
                       "2017年，全县各级各部门扎实开展文明创建活动。县委、县政府决定，授予县公安局等20个单位为“县级文明单位”。\n")
    assert doc.articles[0].title == "中共邵阳县委邵阳县人民政府关于表彰2017年度文明单位和文明乡镇的通报"


def test_a_wechat_posts_greeting_and_weather_widget_are_furniture():
    """襄城 county media centre's WeChat post (wxredian.com): Hi~新朋友，记得点蓝字关注我们哟 / 襄城天气：今天白天阴，东风1级，
    气温9~20℃ over the story (base: the greeting the title and the weather a figure 气温 9℃)."""
    from kg.builder import extract_document
    from kg.model import Doc
    text = ("Hi~新朋友，记得点蓝字关注我们哟\n襄城天气：今天白天阴，东风1级，气温9~20℃\n"
            "11月8日是第25个中国记者节，当天上午，县委书记范耀江到县融媒体中心进行调研。县领导李孝、常皓陪同。\n")
    doc = Doc(id="t", source="t.txt", text=text)
    res = extract_document(doc)
    assert doc.articles[0].title is None
    assert not res.metrics, res.metrics


def test_the_journalists_day_places_no_story_in_china():
    """普定 county media centre (wxredian.com): 今年11月8日是第二十五个中国记者节，上午，县委书记吕庆来到县融媒体中心… 展示了普定的
    方方面面 (base: the story placed in 中国, its 县委 and 县委宣传部 of no county)."""
    from conftest import article_place
    text = ("今年11月8日是第二十五个中国记者节，上午，县委书记吕庆来到县融媒体中心看望慰问新闻工作者。县委常委、县委宣传部部长宋洪参加。"
            "广大新闻工作者用真实的情感向外界展示了普定的方方面面，让全县人民共享发展成果。")
    assert article_place(text) == "普定县"


def test_wei_after_a_noun_of_what_a_thing_is_gives_no_help():
    """社区自治“零距离家园”南京东路街道: 刘玉博：南京东路街道党工委副书记（挂职，派出单位为上海社会科学院城市与人口发展研究所）
    (base: 南京东路街道党工委 supports 上海社会科学院)."""
    from conftest import relation_pairs
    doc = extract_text("社区自治“零距离家园”南京东路街道\n张婷婷：南京东路街道党工委书记。\n"
                       "刘玉博：南京东路街道党工委副书记（挂职，派出单位为上海社会科学院城市与人口发展研究所）。\n")
    assert not relation_pairs(doc, "supports"), relation_pairs(doc, "supports")


def test_a_party_committee_written_by_its_level_is_the_stories_places():
    """民盟上海市委举行全委（扩大）会议 (解放日报): 市政协副主席、民盟市委主委陈群代表常委会作工作报告 (base: a second body
    民盟市委 beside 民盟上海市委, and 陈群's post held in it)."""
    from conftest import post_pairs
    doc = extract_text("民盟上海市委举行全委（扩大）会议\n昨天下午，民盟上海市委十六届五次全委（扩大）会议举行。"
                       "市政协副主席、民盟市委主委陈群代表常委会作工作报告并讲话。")
    assert ("陈群", "民盟上海市委") in post_pairs(doc), post_pairs(doc)
    assert "民盟市委" not in mentioned(doc, "Organization"), mentioned(doc, "Organization")


def test_a_name_before_a_bare_post_with_an_adverb_or_an_invitation_is_a_person():
    """2023年9月18日外交部发言人毛宁主持例行记者会: 彭博社记者：习近平主席是否计划出席11月于美国举行的…会议？ and 应全国人大
    常委会赵乐际委员长邀请，中美洲议会议长塞鲁德将于9月19日至23日率团访华 (base: neither 习近平 nor 赵乐际 a person: a name before
    a post of no body was read only right before an act, and the NPC standing committee's head post was unknown)."""
    from conftest import post_pairs
    doc = extract_text("外交部发言人主持例行记者会\n彭博社记者：习近平主席是否计划出席11月于美国举行的亚太经合组织领导人非正式会议？\n"
                       "毛宁：应全国人大常委会赵乐际委员长邀请，中美洲议会议长塞鲁德将于9月19日至23日率团访华。")
    people = mentioned(doc, "Person")
    assert {"习近平", "赵乐际"} <= people, people
    assert ("赵乐际", "全国人民代表大会常务委员会") in post_pairs(doc), post_pairs(doc)
    # no name from a scope word before a modal (全县将出席)
    assert not mentioned(extract_text("会议通知\n全县将出席会议的人员名单报送。"), "Person")


def test_a_regional_parliaments_speaker_is_named_by_sound():
    """2023年9月18日外交部发言人毛宁主持例行记者会: 中美洲议会议长塞鲁德将于9月19日至23日率团访华 (base: no 中美洲议会 and no
    塞鲁德: a regional organisation of states unknown, its speaker's name, by sound, unread)."""
    from conftest import post_pairs
    doc = extract_text("外交部发言人主持例行记者会\n毛宁：中美洲议会议长塞鲁德将于9月19日至23日率团访华。")
    assert ("塞鲁德", "中美洲议会") in post_pairs(doc), post_pairs(doc)
