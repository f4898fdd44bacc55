"""Round 100 (jijian100): discipline inspection texts — 中央纪委国家监委 and provincial, city and county
纪委监委 releases: 审查调查 announcements (…正接受…纪律审查和监察调查), 党纪政务处分 notices (…被开除党籍),
round-ups of typical cases (通报…典型问题, each case a person with former posts and a place), quarterly
纪检监察 figures (立案…件, 处分…人) and 巡察 feedback, from Anhui, Hubei, Hunan, Liaoning, Shanxi, Chongqing,
Qinghai, Inner Mongolia and Yunnan (fresh texts of /tmp/s26/fresh/jijian100, not shipped).  Fixes: a bare
局长 in a round-up of cases is the 局 its own sentence names, not the article's first 局; 原 written between a
body and the first post of a chain dates every post of the chain in that body (…局原党组书记、局长); the
groups 中央纪委国家监委 stations in central bodies (…驻国家电网有限公司纪检监察组) are agencies; a city's
strong-suffixed body written after its province (内蒙古自治区乌海市监察委员会) is the city's, and a district's
body signing under its city's name still signs; what a round-up says each one did (多次, 借, 违规, 利用 …)
ends the name before it."""
from __future__ import annotations

from conftest import body_names, extract_text, held_posts, relation_pairs


def test_a_bare_bureau_head_is_the_bureau_of_his_own_sentence():
    """09-festival-cases: 如辽宁省朝阳市龙城区农业农村局原党组书记、局长潘世峰… then 其中湘阴县民政局中秋节违规发放月饼，
    党组书记、局长庞国荣受到党内严重警告处分，党组成员、副局长左重受到党内警告处分 (base: 庞国荣 and 左重 held
    their posts in 龙城区农业农村局, the article's first 局)."""
    doc = extract_text("多地纪委监委通报\n如辽宁省朝阳市龙城区农业农村局原党组书记、局长潘世峰，通过虚开发票等方式套取公款。\n"
                       "湖南省纪委日前对7起典型问题发出通报，其中湘阴县民政局中秋节违规发放月饼，党组书记、局长庞国荣"
                       "受到党内严重警告处分，党组成员、副局长左重受到党内警告处分。")
    posts = {(p, b, post) for p, b, post, _ in held_posts(doc)}
    assert ("庞国荣", "湘阴县民政局", "局长") in posts, posts
    assert ("左重", "湘阴县民政局", "副局长") in posts, posts
    assert not {p for p in posts if p[0] in ("庞国荣", "左重") and p[1] == "龙城区农业农村局"}, posts
    # the article's own 局 still holds a bare 局长 where his sentence names no 局 of its own, and a national
    # bureau in his sentence is no bureau of his (学习国家统计局文件，局长张伟…)
    doc = extract_text("财政局召开会议\n近日，渠县财政局召开党组会议。会议传达学习国家统计局文件，局长张伟主持会议并讲话。")
    posts = {(p, b, post) for p, b, post, _ in held_posts(doc)}
    assert ("张伟", "渠县财政局", "局长") in posts, posts


def test_former_written_after_the_body_dates_every_post_of_that_body():
    """09-festival-cases: 辽宁省朝阳市龙城区农业农村局原党组书记、局长潘世峰; 07-lu-kehua-review: 国网湖南省电力有限公司
    原党委委员、副总经理谭军武涉嫌严重违纪违法 (base: 局长 and 副总经理 read as held now).  Without 原 the chain's posts
    are held now."""
    doc = extract_text("通报\n辽宁省朝阳市龙城区农业农村局原党组书记、局长潘世峰违规发放津补贴。")
    assert ("潘世峰", "龙城区农业农村局", "局长", "former") in held_posts(doc), held_posts(doc)
    doc = extract_text("审查调查\n国网湖南省电力有限公司原党委委员、副总经理谭军武涉嫌严重违纪违法。")
    assert ("谭军武", "国网湖南省电力有限公司", "副总经理", "former") in held_posts(doc), held_posts(doc)
    doc = extract_text("通报\n湘阴县民政局党组书记、局长庞国荣受到党内严重警告处分。")
    assert ("庞国荣", "湘阴县民政局", "局长", None) in held_posts(doc), held_posts(doc)  # no 原: held now


def test_a_group_the_national_commission_stations_is_an_agency():
    """07-lu-kehua-review: 据中央纪委国家监委驻国家电网有限公司纪检监察组、内蒙古自治区纪委监委消息 (base: no group;
    中央纪委国家监委驻交通运输部纪检监察组组长 read a body 中央纪律检查委员会驻交通运输部 and a post 纪检监察组组长).
    The commission named alone stays itself."""
    doc = extract_text("审查调查\n据中央纪委国家监委驻国家电网有限公司纪检监察组消息，谭军武正接受审查调查。\n"
                       "中央纪委国家监委驻交通运输部纪检监察组组长李明介绍了有关情况。")
    names = body_names(doc, "Agency")
    assert "中央纪律检查委员会驻国家电网有限公司纪检监察组" in names, names
    assert "中央纪律检查委员会驻交通运输部纪检监察组" in names, names
    assert "中央纪律检查委员会驻交通运输部" not in names, names
    assert ("李明", "中央纪律检查委员会驻交通运输部纪检监察组", "组长") in \
        {(p, b, post) for p, b, post, _ in held_posts(doc)}, held_posts(doc)
    doc = extract_text("审查调查\n陆克华目前正接受中央纪委国家监委纪律审查和监察调查。")
    names = body_names(doc, "Agency")
    assert "中央纪律检查委员会" in names and not {n for n in names if n.endswith("组")}, names


def test_a_citys_commission_written_after_its_province_is_the_citys():
    """07-lu-kehua-review: 目前正接受…内蒙古自治区乌海市监察委员会纪律审查和监察调查 (base: 内蒙古自治区乌海市监察委员会
    located in 内蒙古自治区), as 湖南省长沙市纪委监委 is 长沙市's.  A province's own body stays the province's."""
    doc = extract_text("审查调查\n谭军武目前正接受内蒙古自治区乌海市监察委员会监察调查。\n"
                       "河北省石家庄市卫生健康委员会发布通知。")
    located = relation_pairs(doc, "locatedIn")
    assert ("乌海市监察委员会", "乌海市") in located, located
    assert ("石家庄市卫生健康委员会", "石家庄市") in located, located
    assert not {a for a, p in located if p in ("内蒙古自治区", "河北省")}, located
    doc = extract_text("通知\n河北省卫生健康委员会发布通知。")
    assert ("河北省卫生健康委员会", "河北省") in relation_pairs(doc, "locatedIn"), relation_pairs(doc, "locatedIn")


def test_a_name_before_what_a_case_round_up_says_he_did_is_read():
    """09-festival-cases: 安徽省马鞍山市委原常委、市政府原常务副市长黄化锋，多次在节日期间收受…礼金 and 山西省忻州市代县县委原
    书记田永清，借逢年过节之机…, written without the comma as round-ups often are (黄化锋多次收受, 田永清借逢年过节之机;
    base: no person, so no post).  A post before such a word with no name stays no person (该局局长多次强调)."""
    doc = extract_text("通报\n马鞍山市副市长黄化锋多次在节日期间收受礼金。")
    assert ("黄化锋", "马鞍山市", "副市长") in {(p, b, post) for p, b, post, _ in held_posts(doc)}, held_posts(doc)
    doc = extract_text("通报\n代县县委原书记田永清借逢年过节之机收受礼金。")
    assert ("田永清", "代县县委", "书记", "former") in held_posts(doc), held_posts(doc)
    doc = extract_text("通报\n县民政局局长黄化锋违规发放津贴补贴。")
    assert ("黄化锋", "县民政局", "局长") in {(p, b, post) for p, b, post, _ in held_posts(doc)}, held_posts(doc)
    doc = extract_text("会议\n该局局长多次强调要严格执纪，书记借此机会提出要求。")
    assert not {e.name for e in doc.entities.values() if e.type == "Person"}, held_posts(doc)


def test_a_district_body_signed_after_its_city_still_signs():
    """Once 内蒙古自治区|乌海市监察委员会 is read as the city's, a district's body written after its city is the
    district's (四平市|铁东区新冠肺炎疫情防控指挥部, yiqing90's notice: base located it in 四平市) and, signing the
    notice under its city's name, still issues it (the signer line held the city before the body)."""
    doc = extract_text("四平市铁东区关于新增13例无症状感染者的通告\n12月2日,铁东区发现13例无症状感染者。\n"
                       "四平市铁东区新冠肺炎疫情防控指挥部\n2022年12月3日")
    assert ("铁东区新冠肺炎疫情防控指挥部", "铁东区") in relation_pairs(doc, "locatedIn"), relation_pairs(doc, "locatedIn")
    assert ("铁东区新冠肺炎疫情防控指挥部", "关于新增13例无症状感染者的通告") in relation_pairs(doc, "runs"), \
        relation_pairs(doc, "runs")
