"""The translations keep the glossary's key terms (issue 13 item 10): a recording is 录音 / 錄音, never 记录 /
記錄 (which stay for a row in a log and for the verb "to record"); the chain's fingerprint is 校验码 / 校驗碼 and a
key's fingerprint 密钥指纹 / 金鑰指紋; the quick tags read as in the glossary; and no Simplified-only character is
left on a zh_TW screen."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

import pytest

from recorder.core.tags import DEFAULT_TAGS
from recorder.core.vault import Vault
from recorder.resources import translations_dir
from tests.fixtures.core import PASSPHRASE
from tests.test_gui_cases_export import case_names, record_briefly

# Characters of the zh_CN translations whose Traditional form is another character (found with a Simplified-to-
# Traditional table, then reviewed: characters that Taiwan also writes, such as 台, 才, 里, 后, are left out).
SIMPLIFIED_ONLY = frozenset(
    "与专东丢两个为书产仅从们会传体储关内写则创删别务动区单压参发变号听员围国图场坏块声处备复头夹实对导将尝尽属师带帮"
    "并库应开异弹强归当录径态户扫扬护报拦拨择损换据数断无时显暂机权条来构标样检欢毁没测湾满点状独现电监盖盘着码确离称"
    "签类紧纹线组细终经结给绝统继续维编缩联胁脑腾节蓝补见规计认让记许设访证识词试话该详语误说请读谁败贴贷车转软载输达"
    "过运还这进远连迟适选遗邮释钟钥钮链销锁错键长门闭问闲间队陆陈险随难顺须预频题风骂验麦齐"
)

# Where 记录 / 記錄 rightly stays: the verb "to record", a log (通话记录, 記錄檔), the app's name (证据记录器).
RECORD_ALLOWED = {
    "zh_CN": ("被记录", "已记录", "所记录", "记录为", "记录了", "时记录的", "服务记录", "通话记录", "派生的记录",
              "无法读取的记录", "其中的记录", "记录器", "并记录中断", "第 {seq} 条的记录"),
    "zh_TW": ("被記錄", "已記錄", "所記錄", "記錄為", "記錄了", "時記錄的", "服務記錄", "記錄器", "記錄檔",
              "並記錄中斷"),
}  # fmt: skip
RECORD = {"zh_CN": "记录", "zh_TW": "記錄"}

GLOSSARY_TAGS = {
    "arrived": ("到达", "到達"),
    "showed-id": ("出示证件", "出示證件"),
    "refused-id": ("拒绝出示证件", "拒絕出示證件"),
    "asked-to-leave": ("要求对方离开", "要求對方離開"),
    "refused-to-leave": ("拒绝离开", "拒絕離開"),
    "threat": ("威胁", "威脅"),
    "insult": ("辱骂", "辱罵"),
    "contacted-others": ("对方联系我的家人或他人", "對方聯絡我的家人或他人"),
    "entered-home": ("进入住宅", "進入住宅"),
    "left": ("离开", "離開"),
    "pushed-or-hit": ("推搡或动手", "推擠或動手"),
    "blocked-door": ("堵门、不让出门", "堵門、不讓出門"),
    "filmed-me": ("对方拍照或录像", "對方拍照或錄影"),
    "called-police": ("已报警", "已報警"),
}


def messages(language: str) -> list[tuple[str, str, str]]:
    """(context, source, translation) of every finished message; numerus forms joined."""
    root = ET.parse(translations_dir() / f"recorder_{language}.ts").getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            out.append((name, message.findtext("source") or "", "".join(tr.itertext())))
    return out


def test_no_simplified_only_character_in_traditional_chinese() -> None:
    found = {
        (ctx, source[:60]): sorted(set(text) & SIMPLIFIED_ONLY)
        for ctx, source, text in messages("zh_TW")
        if set(text) & SIMPLIFIED_ONLY
    }
    assert found == {}


def test_the_list_of_simplified_characters_is_real() -> None:
    # The check above means something only if the zh_CN file does use these characters.
    used = {c for _ctx, _source, text in messages("zh_CN") for c in text}
    assert len(SIMPLIFIED_ONLY & used) > 150


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_a_recording_is_luyin_not_jilu(language: str) -> None:
    wrong = []
    for ctx, source, text in messages(language):
        if not re.search(r"recording|session", source, re.IGNORECASE):
            continue
        rest = text
        for allowed in RECORD_ALLOWED[language]:
            rest = rest.replace(allowed, "")
        if RECORD[language] in rest:
            wrong.append((ctx, source[:60], text[:60]))
    assert wrong == []


@pytest.mark.parametrize(
    ("language", "chain", "key"), [("zh_CN", "校验码", "密钥指纹"), ("zh_TW", "校驗碼", "金鑰指紋")]
)
def test_one_word_for_the_chain_fingerprint_another_for_a_keys(language: str, chain: str, key: str) -> None:
    finger = key[-2:]  # 指纹 / 指紋
    for ctx, source, text in messages(language):
        if re.search(r"[Ff]ingerprint:? \{code\}|Fingerprint of the last|Share the fingerprint", source):
            assert chain in text and finger not in text, (ctx, source)
        if finger in text and "certificate" not in source:  # a certificate's SHA-256 fingerprint is neither
            assert text.count(finger) == text.count(key), (ctx, source, text)


@pytest.mark.parametrize(("language", "column"), [("zh_CN", 0), ("zh_TW", 1)])
def test_the_quick_tags_read_as_in_the_glossary(language: str, column: int) -> None:
    tags = {(ctx, source): text for ctx, source, text in messages(language)}
    assert {t.code for t in DEFAULT_TAGS} == set(GLOSSARY_TAGS)
    for tag in DEFAULT_TAGS:
        assert tags.get(("Tags", tag.label)) == GLOSSARY_TAGS[tag.code][column], tag.code


def test_the_built_in_case_follows_the_language(qtbot: Any, window: Any, vault: Vault) -> None:
    window.unlock(PASSPHRASE)
    record_briefly(qtbot, window)  # filed under "Unsorted recordings", named so in its start entry
    window.set_language("zh_CN")
    qtbot.waitUntil(lambda: case_names(window) == ["未归类的录音"])
    assert window.case == "未归类的录音"
    record_briefly(qtbot, window)  # recorded in Chinese: the same case, not a second one
    window.set_language("zh_TW")
    qtbot.waitUntil(lambda: case_names(window) == ["未歸類的錄音"])
    assert window.cases_panel.session_list.count() == 2
    window.set_language("en")
    qtbot.waitUntil(lambda: case_names(window) == ["Unsorted recordings"])
