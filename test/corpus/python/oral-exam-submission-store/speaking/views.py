from django.contrib.auth.decorators import login_required, permission_required
from django.shortcuts import get_object_or_404, redirect, render

from .forms import ExaminerMarkForm, RecordingUploadForm
from .models import Recording, SpeakingTask


@login_required
def submit(request, task_id):
    task = get_object_or_404(SpeakingTask, pk=task_id)
    form = RecordingUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        rec = form.save(commit=False)
        rec.task, rec.student = task, request.user
        rec.save()
        return redirect("speaking:submitted", rec.pk)
    return render(request, "speaking/submit.html", {"task": task, "form": form})


@permission_required("speaking.add_examinermark")
def mark(request, recording_id):
    rec = get_object_or_404(Recording, pk=recording_id)
    form = ExaminerMarkForm(request.POST or None, instance=getattr(rec, "mark", None))
    if request.method == "POST" and form.is_valid():
        m = form.save(commit=False)
        m.recording, m.examiner = rec, request.user
        m.save()
        return redirect("speaking:queue", rec.task_id)
    return render(request, "speaking/mark.html", {"recording": rec, "form": form, "rubric": rec.task.rubric})
