from django.conf import settings
from django.db import models


class SpeakingTask(models.Model):
    course = models.ForeignKey("courses.Course", on_delete=models.CASCADE)
    prompt = models.TextField()
    max_seconds = models.PositiveIntegerField(default=120)
    rubric = models.JSONField(default=dict, help_text="criteria -> max points, shown to the examiner")


class Recording(models.Model):
    task = models.ForeignKey(SpeakingTask, on_delete=models.CASCADE, related_name="recordings")
    student = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    audio = models.FileField(upload_to="speaking/%Y/%m/")
    duration_s = models.FloatField()
    submitted_at = models.DateTimeField(auto_now_add=True)


class ExaminerMark(models.Model):
    """Marks are entered by a human examiner after listening to the recording."""

    recording = models.OneToOneField(Recording, on_delete=models.CASCADE, related_name="mark")
    examiner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    pronunciation = models.PositiveSmallIntegerField()
    fluency = models.PositiveSmallIntegerField()
    content = models.PositiveSmallIntegerField()
    comment = models.TextField(blank=True)
    marked_at = models.DateTimeField(auto_now=True)

    @property
    def total(self) -> int:
        return self.pronunciation + self.fluency + self.content
