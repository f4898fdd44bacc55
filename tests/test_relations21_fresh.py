"""Relations and programmes in shapes read on fresh foreign-affairs texts and fair reports (round 21):
summits and ministers' meetings China holds with a region, written China first with the count of
parties (中国—东盟（10+1）外长会), the region first (东盟-中国（10+1）领导人会议) or with 与
(东盟与中日韩领导人会议), are named programmes of all parties, run by none of them; a standing
exchange mechanism named by a run of short forms (中法高级别人文交流机制) is one; a national expo
written by its short form alone (第二届进博会, 本届义博会) is the expo its full name names, held in its
host city when the article names that city; organisers' clauses parted by a semicolon (由A主办；B承办)
each run the event; a body whose official attends an event held elsewhere (国务院总理…出席在南宁举行的
…博览会) does not run it.
Sentences written for these tests in the shape of such texts."""
from __future__ import annotations

from conftest import extract_relations as _extract, relations_of as _relations


def test_leaders_meeting_china_first_is_a_programme():
    """出席第27次中国—东盟领导人会议: China, a dash, the region and 领导人会议 name a summit of both
    (the edition is no part of its name)."""
    _, progs, _ = _extract("当地时间10月26日，国务院总理李强在万象出席第27次中国—东盟领导人会议。")
    assert "中国—东盟领导人会议" in progs


def test_region_first_meetings_with_party_count_are_programmes_run_by_none():
    """东盟-中国（10+1）领导人会议, 东盟与中日韩（10+3）领导人会议: the region first, the count of parties
    in brackets; a meeting of all the parties, so ASEAN opening its name does not run it."""
    text = ("外交部发言人宣布，国务院总理将出席在雅加达举行的第26次东盟-中国（10+1）领导人会议"
            "和第26次东盟与中日韩（10+3）领导人会议。")
    _, progs, _ = _extract(text)
    assert "东盟—中国（10+1）领导人会议" in progs  # (named with one dash however written: relations23)
    assert "东盟与中日韩（10+3）领导人会议" in progs
    assert not any(o.startswith("东盟") for _, o in _relations(text, "runs"))


def test_china_first_ministers_meeting_with_party_count():
    """中国—东盟（10+1）外长会: the count of parties may stand between the parties and the head."""
    _, progs, _ = _extract("王毅将出席在吉隆坡举行的中国—东盟（10+1）外长会。")
    assert "中国—东盟（10+1）外长会" in progs


def test_exchange_mechanism_named_by_short_forms_is_a_programme():
    """中法高级别人文交流机制第七次会议: 中法 and a standing exchange mechanism (交流机制) name a
    programme of both countries."""
    _, progs, _ = _extract("当地时间7月4日，外交部长王毅在巴黎同法国外长共同主持中法高级别人文交流机制第七次会议。")
    assert "中法高级别人文交流机制" in progs


def test_expo_short_name_is_the_full_expo_held_in_its_named_host_city():
    """第二届进博会定于…在国家会展中心（上海）举办 in a province's news: the expo is 中国国际进口博览会,
    held in 上海 (the city the text names), not in the province the article is about."""
    text = ("四川交易团组织采购商参加进博会\n四川省商务厅相关负责人介绍，我省采购商报名工作有序开展。"
            "第二届进博会定于11月5日在国家会展中心（上海）举办。")
    _, progs, _ = _extract(text)
    assert "中国国际进口博览会" in progs
    placed = {o for s, o in _relations(text, "implementedIn") if s == "中国国际进口博览会"}
    assert placed == {"上海市"}


def test_expo_short_name_inside_a_local_name_is_no_national_expo():
    """湖北农博会, 某市服贸会专场: a Han character that ends no edition before the short form makes it
    part of a longer local name; 服贸会 is read only after a boundary."""
    _, progs, _ = _extract("市商务局组织企业参加金华服贸会专场对接活动。")
    assert "中国国际服务贸易交易会" not in progs


def test_semicolon_parted_organisers_each_run_the_event():
    """本届义博会由A、B主办；C、D承办: the clause after the semicolon is a list of bodies and a verb of
    organising, as after a comma; every body runs the expo."""
    text = ("本届义博会由商务部、浙江省人民政府主办；浙江省商务厅、义乌市人民政府承办。")
    runs = _relations(text, "runs")
    for body in ("商务部", "浙江省人民政府", "浙江省商务厅", "义乌市人民政府"):
        assert (body, "中国义乌国际小商品博览会") in runs


def test_semicolon_organiser_of_a_quoted_event():
    """“清洁家园”活动由A主办；B承办: B runs it with A."""
    runs = _relations("“清洁家园”活动由县委宣传部主办；县农业农村局承办。", "runs")
    assert ("县农业农村局", "清洁家园") in runs


def test_body_of_an_attending_official_does_not_run_the_event():
    """国务院总理李强出席在广西南宁举行的第20届中国—东盟博览会: 举行的 qualifies the expo attended;
    the State Council does not hold it."""
    text = "国务院总理李强将于9月17日出席在广西南宁举行的第20届中国—东盟博览会开幕式并致辞。"
    assert not any(o == "中国—东盟博览会" for _, o in _relations(text, "runs"))


def test_mechanism_named_only_by_how_it_works_is_none():
    """建立联动工作机制, 完善长效机制: words that only say how a mechanism works name a kind of
    mechanism, no programme; one that says its topic (河湖巡查工作机制, 首问负责制度) is kept."""
    _, progs, _ = _extract("县市场监管局与县公安局建立联动工作机制，完善长效机制，建立河湖巡查工作机制，推行首问负责制度。")
    assert "联动工作机制" not in progs and "长效机制" not in progs
    assert "河湖巡查工作机制" in progs and "首问负责制度" in progs


def test_two_events_joined_by_ji_are_not_one_name():
    """举办第二届龙虾节暨第三届农产品博览会: 暨 joins two events (an edition opens the second); the
    run up to the head names the last one, not both as one event."""
    _, progs, _ = _extract("县里举办第二届龙虾节暨第三届农产品博览会，活动由县农业农村局主办。")
    assert "农产品博览会" in progs
    assert not any("暨" in p for p in progs)


def test_national_festival_named_in_quotes_before_ji():
    """“中国农民丰收节”暨生态农业博览会: the national festival keeps its own name."""
    _, progs, _ = _extract("始兴县第二届“中国农民丰收节”暨生态农业博览会拟于9月23日举办。")
    assert "中国农民丰收节" in progs
    assert not any("暨" in p for p in progs)


def test_one_session_titled_with_ji_keeps_its_whole_name():
    """召开生态保护大会暨毁林毁草专项整治工作推进会议: one session titled by both meetings (no edition
    opens the second): one meeting, its whole title."""
    _, progs, _ = _extract("4月2日，县里召开生态保护大会暨毁林毁草专项整治工作推进会议。")
    assert "生态保护大会暨毁林毁草专项整治工作推进会议" in progs


def test_body_inside_a_list_title_does_not_run_what_the_list_names():
    """《2012年商务部引导支持展会名单》发布，河南的郑州全国商品交易会入选: the ministry is a word of the
    title, the verb after it is the list's; it runs no fair the list names."""
    text = ("河南展会入选\n日前，《2012年商务部引导支持展会名单》发布，河南的郑州全国商品交易会入选。"
            "郑州全国商品交易会由河南省人民政府主办。")
    runs = _relations(text, "runs")
    assert ("商务部", "郑州全国商品交易会") not in runs
    assert ("河南省人民政府", "郑州全国商品交易会") in runs


def test_forum_with_a_partner_whose_name_holds_he_is_a_programme():
    """中国—拉美和加勒比国家共同体论坛第四届部长级会议: the 和 is a word of the partner's own name
    (intl_orgs.tsv), not a join of two things; the forum is a programme."""
    _, progs, _ = _extract("外交部发言人宣布，中国—拉美和加勒比国家共同体论坛第四届部长级会议将于5月13日在北京举行。")
    assert "中国—拉美和加勒比国家共同体论坛" in progs


def test_whole_county_called_to_act_names_no_campaign():
    """动员全县上下立即行动起来: 全县上下 is everyone in the county; without a verb that runs a
    campaign, 上下立即行动 is a call to act.  全县上下开展…专项行动 still names one."""
    _, progs, _ = _extract("3月7日，我县召开整治部署会，动员全县上下立即行动起来。")
    assert not any("行动" in p for p in progs)
    _, progs, _ = _extract("4月1日起，全县上下开展农村人居环境整治专项行动。")
    assert "农村人居环境整治专项行动" in progs


def test_organisers_a_few_clauses_after_the_sentence_subject_run_it():
    """广交会每年春秋两季在广州举办，由A和B联合主办，C承办: the sentence opens with the fair and its
    organisers' clause follows two clauses on, no other programme between: A and B run it (and the
    one-clause shape read before, 第十届…节于5月在…举办，由A和B联合主办, still holds)."""
    text = "广交会每年春秋两季在广州举办，由商务部和广东省人民政府联合主办，中国对外贸易中心承办。"
    runs = _relations(text, "runs")
    assert ("商务部", "中国进出口商品交易会") in runs
    assert ("广东省人民政府", "中国进出口商品交易会") in runs
    text = "第十届龙虾文化节于5月在县城体育广场举办，由县农业农村局和县文旅局联合主办。"
    runs = _relations(text, "runs")
    assert ("县农业农村局", "龙虾文化节") in runs


def test_standing_exchange_mechanism_is_not_placed_where_one_meeting_is_held():
    """中法人文交流机制…在北京共同主持召开机制第六次会议: the mechanism meets in Paris and Beijing by
    turns; Beijing is where one meeting is held, not where the mechanism is carried out."""
    text = ("中法高级别人文交流机制第六次会议在京举行\n11月24日，中法人文交流机制中方牵头人、外交部长王毅同法方牵头人"
            "在北京共同主持召开机制第六次会议。")
    placed = _relations(text, "implementedIn")
    assert not any(s in ("中法人文交流机制", "中法高级别人文交流机制") for s, _ in placed)
