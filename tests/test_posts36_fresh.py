"""Posts in the shapes of fresh national and provincial news: holders listed after 分别是 with one
post, and a name written between a body and its head's post (posts36)."""
from conftest import extract_text, held_posts


def _posts(text: str) -> set[tuple[str, str, str]]:
    return {(p, b, post) for p, b, post, _ in held_posts(extract_text(text))}


def test_holders_listed_after_a_head_count_and_fenbie():
    """目前国务院副秘书长至少有7人,分别是王志军、王永红…: the clause opened by 分别是 lists the
    holders of the post the clause before counted (was: none); no post without such a clause."""
    posts = _posts("国务院副秘书长\n据公开报道,国务委员吴政隆兼任国务院秘书长。目前国务院副秘书长至少有7人,"
                   "分别是王志军、王永红、徐守本、孙广宇、刘宇辉、汪洋、林涛(按任职顺序),其中王志军明确为正部长级。")
    for name in ("王志军", "王永红", "徐守本", "孙广宇", "刘宇辉", "林涛"):
        assert (name, "国务院", "副秘书长") in posts
    assert not _posts("新闻\n今年的目标有3个,分别是张三、李四。")


def test_one_post_then_fenbie_wei_a_list():
    """国务院副秘书长分别为王志军、王永红: one post and a list after 分别为: each name holds it."""
    posts = _posts("国务院\n国务院副秘书长分别为王志军、王永红。")
    assert {("王志军", "国务院", "副秘书长"), ("王永红", "国务院", "副秘书长")} <= posts


def test_name_between_an_office_and_its_head_post():
    """四川省港澳事务办公室李辉副主任一行: an office (办公室) is headed by a 主任: the name written
    between them holds the post (was: nobody)."""
    posts = _posts("来访\n近日,四川省港澳事务办公室李辉副主任一行到我市调研。")
    assert ("李辉", "四川省港澳事务办公室", "副主任") in posts


def test_listed_names_whose_given_part_is_a_word_or_a_place():
    """国务院免去何亚非和武大伟的外交部副部长职务 (亚非 a word, 武大 a short name), 副主任…李年贵、
    武威飚出席 (武威 a city): three characters a family name opens, joined to a list by 、 or 和,
    are a name (was: the list lost); 武威市、张掖市 stays two places."""
    posts = _posts("外交部\n国务院免去何亚非和武大伟的外交部副部长职务。")
    assert {("何亚非", "外交部", "副部长"), ("武大伟", "外交部", "副部长")} <= posts
    posts = _posts("清徐新闻\n讯昨日上午,县十六届人大常委会第二次会议召开。县人大常委会主任张晋涛,"
                   "副主任梁宝贵、李树明、李年贵、武威飚出席。")
    assert ("武威飚", "县人大常委会", "副主任") in posts
    doc = extract_text("调研\n市领导到武威市、张掖市调研。")
    assert not any(e.type == "Person" for e in doc.entities.values())


def test_deputies_listed_after_a_counted_post_with_fenbie_wei():
    """外交部七名副外长分别为…: with the count after the post (外交部副部长有7名，分别为…) every name of
    the list holds the post, 武大伟 and 何亚非 among them."""
    posts = _posts("外交部\n经过调整之后,外交部副部长有7名,分别为乔宗淮、张业遂、武大伟、吕国增、李金章、李辉、何亚非。")
    for name in ("乔宗淮", "张业遂", "武大伟", "吕国增", "李金章", "李辉", "何亚非"):
        assert (name, "外交部", "副部长") in posts


def test_unit_of_the_body_an_anaphor_names():
    """该部门网络新闻信息传播局局长姜军, 该厅基础教育处处长王明: 该 and the kind of the body named before
    (部门 names any; 厅 one that ends so) and a unit of it: the unit of that body (was: no post)."""
    held = held_posts(extract_text(
        "发言人\n另一个增加新闻发言人数量的中央部门是中央网络安全和信息化领导小组办公室。"
        "该部门网络新闻信息传播局局长姜军继续担任发言人。"))
    assert any(p == "姜军" and b.endswith("网络新闻信息传播局") and len(b) > 9 and post == "局长"
               for p, b, post, _ in held)
    posts = _posts("教育\n近日,省教育厅召开会议。该厅基础教育处处长王明介绍。")
    assert any(p == "王明" and b.endswith("教育厅基础教育处") and post == "处长" for p, b, post in posts)


def test_a_head_count_between_the_body_and_the_post_before_fenbie():
    """经过调整之后,外交部七名副外长分别为乔宗淮、…、何亚非: the count (七名) between the body and the
    post leaves both: every listed name is the ministry's (was: none); a count of no post (全县3名干部)
    gives nothing."""
    posts = _posts("外交部出现高层人事变动\n经过调整之后,外交部七名副外长分别为乔宗淮、张业遂、武大伟、吕国增、"
                   "李金章、李辉、何亚非。")
    for name in ("乔宗淮", "张业遂", "武大伟", "吕国增", "李金章", "李辉", "何亚非"):
        assert any(p == name and b == "外交部" and post.startswith("副") for p, b, post in posts)
    assert not _posts("新闻\n全县3名干部分别是王明、李强。")


def test_name_first_post_of_a_democratic_party_committee():
    """民盟湖北省委主委杨云彦主持…朱梅秘书长分别从…汇报了…: a party committee's 秘书长 (or 主委) written
    after a name is held in the party committee named right before (was: no post); after a
    government's news (市政府召开会议。王明秘书长主持) it names no body."""
    posts = _posts("民盟新闻\n民盟湖北省委主委杨云彦主持召开了民盟湖北省十三届六次常委(扩大)会议。"
                   "朱梅秘书长分别从思想宣传、组织工作、参政议政、社会服务及机关工作五个方面汇报了民盟省委半年来的工作情况。")
    assert ("朱梅", "民盟湖北省委", "秘书长") in posts
    assert not _posts("会议\n市政府召开会议。王明秘书长主持。")
