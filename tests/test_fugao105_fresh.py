"""Round 105 (fugao105): obituaries and life stories of officials — 新华社's notices of the deaths of
湖北省 former vice-governor 邓垦 and 吉林省 former CPPCC chairman 王国发, 人民日报's of 福建省's 游德馨, 解放日报's of
施平 (上海), 黑龙江日报's of 王军, 德阳's farewell to 严如高, 大连化物所's of 白介夫 and 衢州日报's of the 龙游县
village secretary 卓彦庆 (fresh texts of /tmp/s27/txt/fugao105).  Fixes: a resume whose date of birth
names the place after 生于 (邓垦，1911年11月生于四川广安，…) opens the resume as 1962年12月生， does, so its
历任/先后任 chain gives the deceased his posts; a person a sentence says died (…同志，因病于…在北京逝世) holds
every post the article gives him as a former one (1993年1月任吉林省副省长); 顾问 is a post of the body
before it (湖北省人民政府顾问, …研究会顾问), and no post inside 顾问委员会; 党委原书记 after a found body is
that body's 党委书记, held before; an obituary's opening clauses of posts, comma after comma, are all the
deceased's; 过去20多年 is a span of time (a period), no time spent on what follows 的."""
from __future__ import annotations

from conftest import extract_text


def _posts(doc) -> set[tuple[str, str, str, str | None]]:
    """(person, body, post, status) of every holdsPost."""
    ents = doc.entities
    return {(ents[r.subject].name, ents[r.object].name, p["post"], p.get("status"))
            for r in doc.relations if r.predicate == "holdsPost" for p in r.posts}


def _metrics(doc) -> set[tuple]:
    return {(m.indicator, m.value, m.unit) for m in doc.metrics}


def test_a_birth_place_after_the_date_opens_the_resume():
    """01-dengken-xinhua: 邓垦，1911年11月生于四川广安，…1945年6月起先后任东北勃利县县长，东北佳木斯市市长、市委书记等
    (02-wangguofa-jilin: 王国发，1945年11月生于吉林榆树。历任…); base: no post of the chain read, the
    resume not opened by a birth clause with its place."""
    doc = extract_text("讣告\n邓垦，1911年11月生于四川广安，1937年5月加入中国共产党。1945年6月起先后任东北勃利县县长，"
                       "东北佳木斯市市长、市委书记等。1979年3月起先后任武汉市市委副书记、副市长，武汉市市委书记、市政协主席。")
    got = _posts(doc)
    assert ("邓垦", "勃利县", "县长", "former") in got, got
    assert ("邓垦", "佳木斯市", "市长", "former") in got, got
    assert ("邓垦", "武汉市政协", "主席", "former") in got, got
    # the day of birth written too (陈伯坚同志1922年6月16日生于山东省黄县，…)
    doc = extract_text("讣告\n王国发，1945年11月16日生于吉林榆树。历任吉林省通化市委书记等。")
    assert ("王国发", "通化市委", "书记", "former") in _posts(doc)


def test_the_deceased_holds_his_posts_as_former_ones():
    """02-wangguofa-jilin: 吉林省政协原主席、党组书记王国发同志，因病于2018年9月16日在北京逝世 … 1993年1月任吉林省副省长
    (03-youdexin-fujian: 政协福建省第七届、八届委员会主席、党组书记游德馨同志，因病…在福州逝世); base: the dated 任
    and the term-named chair read with no status (held now)."""
    doc = extract_text("讣告\n吉林省政协原主席、党组书记王国发同志，因病于2018年9月16日在北京逝世，享年72岁。\n"
                       "王国发，1945年11月生。1993年1月任吉林省副省长。2003年5月任吉林省政协主席、党组书记。")
    got = _posts(doc)
    assert ("王国发", "吉林省", "副省长", "former") in got, got
    assert ("王国发", "吉林省", "副省长", None) not in got, got
    doc = extract_text("新闻\n政协福建省第七届、八届委员会主席、党组书记游德馨同志，因病于2023年9月7日在福州逝世，享年93岁。")
    assert ("游德馨", "福建省政协", "主席", "former") in _posts(doc)


def test_a_relative_who_died_leaves_the_posts_as_read():
    """Guard: another one died (张三在父亲去世后…; 王五看望了病逝干部…; 王军同志逝世后，省委书记王宪魁…): the
    living keep their posts."""
    doc = extract_text("新闻\n张三在父亲去世后回到家乡。2003年5月，张三任石佛乡党委书记。")
    assert all(st is None or st != "former" for _, _, _, st in _posts(doc)), _posts(doc)
    doc = extract_text("新闻\n县委书记王五看望了病逝干部李某的家属。")  # another clause's act before the verb
    assert ("王五", "县委", "书记", None) in _posts(doc), _posts(doc)
    doc = extract_text("新闻\n王军同志逝世后，省委书记、省人大常委会主任王宪魁到家中看望并向家属表示慰问。")
    got = _posts(doc)
    assert ("王宪魁", "省委", "书记", None) in got or any(p == "王宪魁" and st is None for p, _, _, st in got), got


def test_an_adviser_is_a_post_of_the_body_before_it():
    """01-dengken-xinhua: 1982年11月起先后任湖北省人民政府顾问、中共湖北省顾问委员会委员、省对外友好协会会长等;
    04-shiping-shanghai: 上海市新四军历史研究会顾问施平同志; base: 顾问 no post (the chain stopped there)."""
    doc = extract_text("讣告\n邓垦，1911年11月生，四川广安人。1982年11月起先后任湖北省人民政府顾问、"
                       "中共湖北省顾问委员会委员、省对外友好协会会长等。")
    got = _posts(doc)
    assert ("邓垦", "湖北省人民政府", "顾问", "former") in got, got
    assert ("邓垦", "湖北省对外友好协会", "会长", "former") in got, got
    assert not any(post == "顾问" and body == "湖北省" for _, body, post, _ in got), got  # 顾问委员会: a body
    doc = extract_text("讣告\n上海市人大常委会副主任,上海市新四军历史研究会顾问施平同志因病医治无效逝世。")
    assert ("施平", "上海市新四军历史研究会", "顾问", "former") in _posts(doc)


def test_an_advisers_body_is_no_post():
    """Guard: 专家顾问团, 顾问组 are bodies, their heads' posts read as before."""
    doc = extract_text("新闻\n市政府专家顾问团团长李明介绍，县顾问组组长王芳表示。")
    got = _posts(doc)
    assert not any(post == "顾问" for _, _, post, _ in got), got


def test_a_party_committees_former_secretary_after_a_found_body():
    """04-shiping-shanghai: 华东师范大学党委原书记; base: no post (原 between 党委 and 书记)."""
    doc = extract_text("讣告\n华东师范大学党委原书记施平同志因病逝世。")
    assert ("施平", "华东师范大学", "党委书记", "former") in _posts(doc)


def test_an_obituarys_opening_clauses_of_posts_are_all_his():
    """04-shiping-shanghai: 原中共中央华东局农村工作办公室副主任,华东师范大学党委原书记,上海市第八届人大常委会副主任、
    党组副书记,上海市新四军历史研究会顾问施平同志…逝世; base: only the clause right before the name."""
    doc = extract_text("讣告\n中国共产党的优秀党员、忠诚的共产主义战士,原中共中央华东局农村工作办公室副主任,"
                       "华东师范大学党委原书记,上海市第八届人大常委会副主任、党组副书记,上海市新四军历史研究会顾问"
                       "施平同志因病医治无效,于2024年6月29日在上海华东医院逝世,享年113岁。")
    got = _posts(doc)
    assert ("施平", "华东师范大学", "党委书记", "former") in got, got
    assert ("施平", "上海市人大常委会", "副主任", "former") in got, got
    assert ("施平", "中国共产党中央委员会华东局农村工作办公室", "副主任", "former") in got, got
    # three clauses back, none with 原 inside or 顾问 (the clauses alone)
    doc = extract_text("讣告\n原中共中央华东局农村工作办公室副主任,上海市人大常委会副主任,上海市新四军历史研究会会长"
                       "施平同志因病医治无效逝世。")
    assert ("施平", "中国共产党中央委员会华东局农村工作办公室", "副主任", "former") in _posts(doc), _posts(doc)


def test_a_clause_with_a_name_stops_the_posts_before_a_name():
    """Guard: 张三任县委书记，县长，县政协主席李四: the clause of 张三's appointment is no posts of 李四's."""
    doc = extract_text("新闻\n张三任县委书记，县长，县政协主席李四出席。")
    got = _posts(doc)
    assert not any(p == "李四" and body == "县委" for p, body, _, _ in got), got


def test_twenty_odd_years_looked_back_on_are_no_figure():
    """08-zhuoyanqing-longyou: 回忆起过去20多年的点点滴滴; base: a figure 点点滴滴时间 20 年 (the span not read as
    过去N年 with 多).  过去五年 stays the five years before publication."""
    doc = extract_text("新闻\n2018年5月17日\n龙游县交通局徐烈说，回忆起过去20多年的点点滴滴，大家都很感动。")
    assert not any(u == "年" for _, _, u in _metrics(doc)), _metrics(doc)
    doc = extract_text("新闻\n县长说，历经5年的考察，项目落地。")
    assert ("考察时间", 5, "年") in _metrics(doc)
