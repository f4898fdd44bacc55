"""Posts in articles written in traditional script (縣長 陳大用, 會見澳洲外長, 漳州市副市長), in a
decree's signature with a colon (县长：陈大用), and in division-of-work pages that name the deputy
after 由 (统一由黄某副市长负责)."""
from __future__ import annotations

from conftest import held_posts, text_doc
from kg.pipeline import Pipeline

_PIPE = Pipeline(("simplified", "gazetteer", "registry", "numbers", "entities", "resolve", "posts", "as_written"))


def held(text: str) -> set[tuple]:
    """(person, body, post, status) of `text`."""
    return held_posts(_PIPE(text_doc(text)))


def test_a_traditional_signature_holds_the_post_in_the_place_of_the_title():
    got = held("永豐縣人民政府令\n《永豐縣城市管理辦法》已經縣政府常務會議通過，現予公布，自2023年6月1日起施行。\n"
               "縣長 陳大用\n2023年5月1日")
    assert ("陈大用", "永丰县", "县长", None) in got


def test_traditional_appointment_news_gives_posts_removals_and_concurrent_posts():
    got = held("漳州市人大常委會召開會議\n會議決定任命林建華為漳州市人民政府副市長；決定接受王德勝同志辭去漳州市人民政府"
               "副市長職務。另外，漳州市委常委黃志強兼任中共漳州市委古雷港經濟開發區工作委員會書記。")
    assert ("林建华", "漳州市", "副市长", "appointed") in got
    assert ("王德胜", "漳州市", "副市长", "removed") in got
    assert ("黄志强", "漳州市委", "常委", None) in got


def test_traditional_meeting_news_reads_titles_before_names():
    got = held("王毅會見澳洲外長\n中共中央政治局委員、外交部長王毅在北京會見澳洲外長黃英賢。")
    assert ("王毅", "外交部", "部长", None) in got
    assert ("黄英贤", "澳大利亚外交部", "外长", None) in got


def test_a_traditional_city_in_the_title_is_the_place_of_its_heads():
    got = held("廈門市政府領導成員工作分工\n市長裴建國主持市政府全面工作。林文華副市長負責農村、農業、水利工作。")
    assert ("裴建国", "厦门市", "市长", None) in got
    assert ("林文华", "厦门市", "副市长", None) in got


def test_only_an_article_in_traditional_script_is_read_in_simplified_and_at_the_same_length():
    from kg.stages.simplified import is_traditional, simplify
    trad = "會議決定任命林建華為漳州市人民政府副市長。"
    assert is_traditional(trad) and simplify(trad) == "会议决定任命林建华为漳州市人民政府副市长。"
    simp = "县委书记李明主持会议，县长張伟出席，县人大常委会主任王強参加。"  # two in names
    assert not is_traditional(simp)


def test_a_decree_signed_with_a_colon_holds_the_post():
    got = held("永丰县人民政府令\n《永丰县城市管理办法》已经县政府常务会议通过，现予公布，自2023年6月1日起施行。\n"
               "县长：陈大用\n2023年5月1日")
    assert ("陈大用", "永丰县", "县长", None) in got


def test_a_colon_line_of_other_words_is_no_signature():
    got = held("永丰县召开会议\n会议要求：认真落实\n联系人：王伟\n局长：同意")
    assert not got


def test_a_deputy_named_after_you_in_a_division_of_work_holds_the_post():
    got = held("厦门市人民政府领导成员工作分工\n城乡规划、建设管理等工作，统一归口由黄文辉副市长负责。公安、司法工作"
               "由林锐副市长负责。")
    assert ("黄文辉", "厦门市", "副市长", None) in got
    assert ("林锐", "厦门市", "副市长", None) in got


def test_by_before_a_body_and_post_without_a_name_is_no_person():
    got = held("厦门市人民政府领导成员工作分工\n会议由市长主持。此项工作由市政府副秘书长负责。")
    assert not got


def test_foreign_ministers_titled_secretary_of_state_for_foreign_affairs_hold_their_ministry():
    got = held("外交部发言人答记者问\n外交部发言人主持例行记者会。应沙特外交大臣费萨尔邀请，外交部长王毅将访问沙特。"
               "日本外务大臣上川阳子表示将访华。")
    assert ("费萨尔", "沙特阿拉伯外交部", "外交大臣", None) in got
    assert ("上川阳子", "日本外务省", "外务大臣", None) in got
