"""Shapes of Amazon Connect Service whose class names start with "lo"."""

from __future__ import annotations

from . import _runtime as _rt

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Self


class LocaleCode(_rt.Enum):
    """The locale code for localized content. Supported values include en_US, de_DE,
    es_ES, fr_FR, id_ID, it_IT, ja_JP, ko_KR, pt_BR, zh_CN, and zh_TW."""

    EN_US = "en_US"
    DE_DE = "de_DE"
    ES_ES = "es_ES"
    FR_FR = "fr_FR"
    ID_ID = "id_ID"
    IT_IT = "it_IT"
    JA_JP = "ja_JP"
    KO_KR = "ko_KR"
    PT_BR = "pt_BR"
    ZH_CN = "zh_CN"
    ZH_TW = "zh_TW"
