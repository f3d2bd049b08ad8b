import pytest

from fogwatch.language import detect_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Security forces clashed with armed men in the north of the country on Monday, officials said.", "en"),
        ("Les forces de sécurité ont affronté des hommes armés dans le nord du pays lundi, selon les autorités.", "fr"),
        ("Las fuerzas de seguridad se enfrentaron con hombres armados en el norte del país el lunes.", "es"),
        ("Вооружённые люди атаковали деревню на севере страны в понедельник, сообщили власти.", "ru"),
        ("قالت السلطات إن مسلحين هاجموا قرية في شمال البلاد يوم الاثنين", "ar"),
    ],
)
def test_detects_language(text, code):
    assert detect_language(text).code == code


def test_too_little_text_is_undetermined():
    assert detect_language("ok").code == "und"
