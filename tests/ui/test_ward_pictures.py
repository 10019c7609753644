"""The ward's own pictures, clicked: staff add a checked photo with a word, and a patient makes their
own topic from it with no typing; the picture draws as the topic's symbol and on their slides."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt

from coprod_desktop.symbols.catalogue import LIBRARY
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.screens.meeting.add_topic_screen import AddTopicScreen
from coprod_desktop.ui.screens.meeting.topic_screen import TopicScreen
from coprod_desktop.ui.screens.staff.ward_pictures_screen import WardPicturesScreen
from tests.ui.journeys import sign_in_as_jo
from tests.ui.test_my_meeting import open_my_meeting

LEFT = Qt.MouseButton.LeftButton


def open_ward_pictures(qtbot, window: MainWindow) -> WardPicturesScreen:  # type: ignore[no-untyped-def]
    staff_home = sign_in_as_jo(qtbot, window)
    qtbot.mouseClick(staff_home.tiles["ward-pictures"], LEFT)
    screen = window.current_screen()
    assert isinstance(screen, WardPicturesScreen)
    return screen


def test_staff_add_a_photo_and_a_patient_makes_a_topic_of_it(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    context = window._context
    garden = tmp_path / "DSC_0101.jpg"
    Image.new("RGB", (640, 480), "forestgreen").save(garden, "JPEG")
    screen = open_ward_pictures(qtbot, window)
    assert screen.add_from(garden) is None  # a word first, said kindly
    assert "word" in screen._message.text()
    qtbot.keyClicks(screen.word, "Our garden")
    screen.group.setCurrentIndex(screen.group.findData("places"))
    added = screen.add_from(garden)  # what the file dialog hands over (the dialog is the system's)
    assert added is not None and [p.word for p in screen.pictures()] == ["Our garden"]
    assert screen.list.item(0).text().startswith("Our garden") and not screen.list.item(0).icon().isNull()

    window.start_over()
    meeting = open_my_meeting(qtbot, window)
    qtbot.mouseClick(meeting.add_topic, LEFT)
    add = window.current_screen()
    assert isinstance(add, AddTopicScreen)
    picker = add.picker
    # The ward's own pictures are the first group the picker opens on.
    assert picker.category.itemData(0) == LIBRARY and picker.category.currentData() == LIBRARY
    [ours] = [b for b in picker.buttons() if b.symbol_id == added.symbol_id]
    assert ours.words == "Our garden"
    qtbot.mouseClick(ours, LEFT)
    assert add.name.text() == "Our garden"
    qtbot.mouseClick(add.save_button, LEFT)
    topic = window.current_screen()
    assert isinstance(topic, TopicScreen)
    assert topic.topic.symbol_id == added.symbol_id and topic.topic.title == "Our garden"
    pixmap = context.painter.pixmap(added.symbol_id, 96)
    assert added.symbol_id not in context.painter.missing
    image = pixmap.toImage()
    centre = image.pixelColor(image.width() // 2, image.height() // 2)
    assert centre.green() > 100 and centre.red() < 80  # the photo itself, not the "?" stand-in


def test_a_removed_picture_leaves_the_topic_with_its_words(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    context = window._context
    photo = tmp_path / "quiet.png"
    Image.new("RGB", (300, 300), "lightblue").save(photo, "PNG")
    screen = open_ward_pictures(qtbot, window)
    qtbot.keyClicks(screen.word, "Quiet room")
    added = screen.add_from(photo)
    assert added is not None
    screen.list.setCurrentRow(0)
    qtbot.mouseClick(screen.remove_button, LEFT)
    qtbot.mouseClick(screen.confirm.yes, LEFT)
    assert screen.pictures() == [] and not (context.paths.pictures / added.file_name).exists()
    assert context.catalogue.get(added.symbol_id) is None  # a picker no longer offers it
