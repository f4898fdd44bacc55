"""People named where the grammar is certain: appointment notices' titles, photo credits, bylines.

A full person finder (holdsPost, appointments) is another stage's work; these are the names the
layout of a page or a notice's title makes unambiguous.
"""
from __future__ import annotations

import re

from ... import lexicon as L
from ...text import HAN
from .common import Found

# people appointed in an appointment notice's title (关于岳芝国等同志任职的通知, 关于张平同志职务任免的通知)
_APPOINTED_RE = re.compile(rf"关于([{HAN}]{{2,3}}?)(?:等)?同志(?={L.words_alt('appointment_words')})")
# a reporter or photographer credited under a photo (河北日报通讯员 聂长青摄)
CREDIT_PERSON_RE = re.compile(rf"(?:{L.words_alt('credit_roles')})\s*(?!(?:{L.words_alt('credit_endings')})(?:$|\s))"
                              rf"([{HAN}]{{2,4}}?)(?={L.words_alt('credit_endings')}|$|\s)")
# (four characters for a Yi or Tibetan name standing alone: 本报特约记者 俄底尔以 摄; a role right before the
# credit's ending is a credit with no name, hainan67: 工厂化养殖产业园项目 通讯员供图, no person 供图)


def find_appointed(text: str) -> list[Found]:
    """People an appointment notice is about."""
    return [Found(m.start(1), m.end(1), "Person", m.group(1), "person.appointed", {})
            for m in _APPOINTED_RE.finditer(text)]
