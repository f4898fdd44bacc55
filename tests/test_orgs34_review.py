"""Review of round 18 (lead): 常务 read as a modifier of every post made 人民代表大会常务委员会主任 a post
常务委员 in a congress (林武辞去山西省第十三届人民代表大会常务委员会主任职务 → 山西省第十三届人民代表大会); only
常务会长 of a chamber is listed now.  A people's organisation's short name after a relative scope (市对外友协副会长)
is the local branch, never the national body (薛志豪 held a post in 中国人民对外友好协会)."""
from conftest import built


def _posts(text: str) -> set[tuple[str, str]]:
    doc = built(text)
    return {(doc.entities[r.subject].name, doc.entities[r.object].name)
            for r in doc.relations if r.predicate == "holdsPost"}


def test_a_standing_committees_chair_is_no_post_in_the_congress():
    posts = _posts("山西人大\n会议表决通过了关于接受林武辞去山西省第十三届人民代表大会常务委员会主任职务请求的决定。")
    assert ("林武", "山西省人大常委会") in posts
    assert not any("人民代表大会" in body for _, body in posts)


def test_a_chambers_standing_head_is_still_a_post():
    """商会常务会长: the chamber's post, no body 常务会 (a guard for orgs34's case)."""
    assert ("王某", "温州市服装商会") in _posts("温州市服装商会常务会长王某出席会议。")


def test_a_city_branch_of_a_peoples_organisation_is_not_the_national_body():
    posts = _posts("温州外事\n市对外友协副会长薛志豪参加活动。")
    assert ("薛志豪", "中国人民对外友好协会") not in posts
