"""mine39: credit lines naming a role or a unit, not a person (real county and township pages, as
published): an illustrator's credit among the reporters, a township credited for text and photos."""
from __future__ import annotations

from conftest import body_names, extract_text


def test_an_illustrators_credit_is_a_role_not_a_name():
    """■记者 应丽斋 谭心仪 插画 张利昌: three people, 插画 their roles' word (was a person 插画)."""
    doc = extract_text("驻村第一书记如何与由桥村相互成就?\n日期:08-25\n版面:第02版:村问\n■记者 应丽斋 谭心仪 插画 张利昌\n"
                       "“我是南湖区大桥镇由桥村的驻村第一书记,从报道中了解到很多事情。”\n")
    people = body_names(doc, "Person")
    assert {"应丽斋", "谭心仪", "张利昌"} <= people
    assert "插画" not in people


def test_a_township_credited_in_the_dateline_is_no_person():
    """云网讯(莆美镇 图/文): the township sent text and photos; a reporter credited so is still a name."""
    doc = extract_text("莆美镇开展市场整治\n云网讯(莆美镇 图/文)10月30号,莆美镇联合莆美工商所,对绥阳(宝树)农贸市场开展整治。\n")
    assert "莆美镇" not in body_names(doc, "Person")
    doc = extract_text("县里开展市场整治\n云网讯(吴立村 图/文)10月30号,县市场监管局对农贸市场开展整治。\n")
    assert "吴立村" in body_names(doc, "Person")
