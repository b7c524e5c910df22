#!/usr/bin/env python3
"""Writes the hard-inputs corpus: small constructed Arabic files (no third-party text).

Each case NN-name.EXT comes with NN-name.EXT.expected (the decoded text khabar must produce,
UTF-8) or NN-name.EXT.fails (a fragment of the failure message). Run from this directory;
the files are committed, so the build does not need Python.
"""
import json

def case(name, data, expected=None, fails=None):
    with open(name, "wb") as f:
        f.write(data)
    if expected is not None:
        with open(name + ".expected", "wb") as f:
            f.write(expected.encode("utf-8", "surrogatepass"))
    if fails is not None:
        with open(name + ".fails", "w", encoding="utf-8") as f:
            f.write(fails)

def text(name, s, encoding="utf-8", prefix=b""):
    case(name, prefix + s.encode(encoding), expected=s)

text("01-diacritics.txt", "قالَ وزيرُ الخارجيةِ السعوديُّ عادلُ الجبيرِ إنَّ المملكةَ تدعمُ الحلَّ السياسيَّ في اليمنِ.\n")
text("02-tatweel-kashida.txt", "أكـــد الرئيـــس المصـــري عبد الفتـــاح السيســـي دعـــم مصـــر للأردن.\n")
text("03-zwnj-zwj.txt", "التقى\u200cالوزير بنظيره\u200d الإيراني في طهران\u200c، وبحثا العلاقات الثنائية.\n")
text("04-rlm-lrm-marks.txt", "\u200fصرح\u200f المتحدث باسم \u200eUN\u200e أن الأمم المتحدة \u200fتدين\u200f الهجوم.\n")
text("05-mixed-ltr-rtl.txt", "قال باراك أوباما (Barack Obama) في واشنطن DC يوم 21 July 2015 إن الاتفاق مع إيران \"تاريخي\".\nhttps://example.org/a?b=1 ثم غادر.\n")
text("06-arabic-indic-digits.txt", "التقى الملك سلمان في ٢١ يوليو ٢٠١٥ برئيس الوزراء، وفي ۲۲ تیر ۱۳۹۴ أعلنت طهران نتائج ١٢٣٫٤ مليون.\n")
text("07-utf8-bom.txt", "أعلنت وزارة الداخلية القبض على خلية إرهابية في الرياض.\n", prefix=b"\xef\xbb\xbf")
text("08-utf16le-bom.txt", "استقبل ولي العهد الأمير محمد بن نايف سفير فرنسا.\n", "utf-16-le", b"\xff\xfe")
text("09-utf16be-bom.txt", "دعا الأمين العام لجامعة الدول العربية نبيل العربي إلى وقف القتال.\n", "utf-16-be", b"\xfe\xff")
s = "نفى المتحدث باسم الحكومة المصرية الأنباء عن استقالة الوزير، وقال إنها غير صحيحة.\n"
case("10-windows-1256.txt", s.encode("cp1256"), expected=s)
text("11-crlf.txt", "السطر الأول من الخبر.\r\nالسطر الثاني: اتهم الرئيس التركي أردوغان المعارضة.\r\n\r\nالفقرة الثالثة.\r\n")
line = '{"title": "عنوان", "content": "قال \\ud83d\\ude00 الوزير \\ud800 إن \\udc00 الاجتماع ناجح", "url": "http://example.org/x", "date_extracted": "2015-07-21 10:33:00", "source": "test"}\n'
case("12-lone-surrogate.jsonl", line.encode("utf-8"),
     expected="قال \U0001F600 الوزير \ufffd إن \ufffd الاجتماع ناجح")
good = "أكد الوزير أن المحادثات ستستمر في جنيف الأسبوع المقبل بمشاركة الأطراف كافة.\n".encode("utf-8")
case("13-broken-utf8.txt", good[:20] + b"\xff\xfe\xc3" + good[20:], fails="not valid UTF-8")
case("14-binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)), fails="binary")
case("15-latin1-not-arabic.txt", "Le ministre a déclaré à Genève que la réunion était très importante et déjà prévue.".encode("latin-1"),
     fails="cannot tell the text encoding")
html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>عنوان الصفحة</title>
<meta property="og:url" content="https://example.org/news/1">
<meta property="article:published_time" content="2015-07-21T10:33:00+03:00">
<style>p{color:red}</style><script>var x = "<p>ليس نصا</p>";</script></head>
<body><header><nav><a href="/">الرئيسية</a> | <a href="/world">العالم</a></nav></header>
<article><h1>التقى الرئيس   بنظيره</h1><p>التقى الرئيس المصري <b>عبد الفتاح السيسي</b> اليوم
نظيره الفرنسي في القاهرة.</p><p>وقال المتحدث&nbsp;الرسمي إن اللقاء تناول التعاون.<br>وأضاف أن الزيارة ناجحة.</p>
<form><input name=q></form></article><aside>أخبار ذات صلة</aside><footer>جميع الحقوق محفوظة</footer></body></html>
"""
# HTML text is what a reader sees: whitespace runs (including &nbsp;) become one space, one line per block
case("16-article.html", html.encode("utf-8"),
     expected="التقى الرئيس بنظيره\nالتقى الرئيس المصري عبد الفتاح السيسي اليوم نظيره الفرنسي في القاهرة.\n"
              "وقال المتحدث الرسمي إن اللقاء تناول التعاون.\nوأضاف أن الزيارة ناجحة.")
broken = "<html><body><div><p>أعلن الجيش <i>السيطرة على <p>المدينة</div></b>بعد معارك <table><tr><td>عنيفة</i><script>alert(1)"
case("17-malformed.html", broken.encode("utf-8"), expected="أعلن الجيش السيطرة على\nالمدينة\nبعد معارك\nعنيفة")
h1256 = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"><title>خبر</title></head><body><p>رحب الملك بالضيوف في قصر اليمامة.</p></body></html>'
case("18-windows-1256.html", h1256.encode("cp1256"), expected="رحب الملك بالضيوف في قصر اليمامة.")
text("19-english.txt", "The minister said on Tuesday that talks would continue in Geneva next week.\n")
text("20-odd-spaces.txt", "قال\u00a0الوزير\u2009إن\u202fالاتفاق\u3000نهائي\t\t،\u2028وأضاف\u2029أنه مهم.\n")
obj = {"title": "خبر", "text": "أدان مجلس الأمن الدولي الهجوم على السفارة في بغداد.", "published": "2015-08-01"}
case("21-single-object.json", json.dumps(obj, ensure_ascii=False).encode("utf-8"), expected=obj["text"])
case("22-escaped-controls.jsonl", b'{"content": "\\u0627\\u0644\\u062e\\u0628\\u0631\\t\\u0623\\u0648\\u0644\\r\\n\\u062b\\u0627\\u0646"}\n',
     expected="الخبر\tأول\r\nثان")
case("23-utf16le-no-bom.txt", "خبر عاجل".encode("utf-16-le"), fails="binary")
case("24-whitespace-only.txt", b" \r\n\t\r\n   \n", fails="empty")
case("25-empty-content.jsonl", b'{"title": "\xd8\xae\xd8\xa8\xd8\xb1", "content": "   "}\n', fails="empty content")
case("26-truncated.jsonl", b'{"content": "\xd9\x82\xd8\xa7\xd9\x84 \n', fails="malformed JSON")
text("27-combining-and-presentation-forms.txt", "ﻻ إله إلا الله \ufdf2 قال الشيخ: «السلام عليكم» ﷺ.\n")
text("28-surrogate-pair-emoji.txt", "غرّد الرئيس 🇸🇦 قائلاً: نحن مع الشعب 👍\n")
h = '<html><head><title>خبر</title><style>body{direction:rtl}</style></head><body><article><p>أشاد وزير الخارجية بالاتفاق.</p><p>وقال إنه خطوة مهمة.</p></article></body></html>'
case("29-windows-1256-undeclared.html", h.encode("cp1256"), expected="أشاد وزير الخارجية بالاتفاق.\nوقال إنه خطوة مهمة.")
case("30-bom.jsonl", b"\xef\xbb\xbf" + '{"content": "رفض البرلمان مشروع القانون."}\r\n'.encode("utf-8"), expected="رفض البرلمان مشروع القانون.")
case("31-binary.jsonl", b'\x00\x01\x02PK\x03\x04' + bytes(range(256)) + b"\n{}\n", fails="binary file, not JSON lines")
