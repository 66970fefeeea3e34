"""Member pages: public profile, own profile editing, and the directory."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django.views.i18n import set_language as django_set_language

from search.params import parse_page, query_string_of

from . import page_cache
from .forms import DirectoryFilterForm, ProfileForm
from .middleware import TIME_ZONE_COOKIE
from .models import MemberProfile, TimeZone
from .sections import DIRECTORY, PROFILE, sections_for

DIRECTORY_PAGE_SIZE = 24


# Sections from other apps show on a profile (forum activity, sessions spoken at): their groups too.
@page_cache.reader_page(depends_on=("members", "pages", "forum"))
def profile_detail(request, username):
    profile = get_object_or_404(
        MemberProfile.objects.active().select_related("user", "agency", "region", "region__parent"),
        user__username=username,
    )
    sections = sections_for(PROFILE, request, profile=profile)
    return render(request, "community/member_profile.html", {"profile": profile, "sections": sections})


@login_required
def profile_edit(request):
    profile = request.user.profile
    form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST":
        if form.is_valid():
            form.save()
            messages.success(request, _("Your profile has been saved."))
            return redirect(profile.get_absolute_url())
        messages.error(request, _("Please check the highlighted fields."))
    return render(request, "community/profile_edit.html", {"form": form, "profile": profile})


@page_cache.reader_page(params=("q", "agency", "region", "tag", "halaman"), depends_on=("members",))
def directory(request):
    form = DirectoryFilterForm(request.GET or None)
    profiles = MemberProfile.objects.for_directory()
    if form.is_valid():
        profiles = profiles.filter_directory(
            agency=form.cleaned_data["agency"],
            region=form.cleaned_data["region"],
            tag=form.cleaned_data["tag"],
            query=form.cleaned_data["q"],
        )
    page = Paginator(profiles, DIRECTORY_PAGE_SIZE).get_page(parse_page(request.GET.get("halaman")))
    page.object_list = list(page.object_list)
    notes = {}
    chosen_tag = form.cleaned_data["tag"] if form.is_valid() else None
    for section in sections_for(DIRECTORY, request, profiles=page.object_list, tag=chosen_tag):
        for profile_id, items in section.context.get("by_profile", {}).items():
            notes.setdefault(profile_id, []).extend(items)
    for profile in page.object_list:
        profile.directory_notes = notes.get(profile.pk, [])
    return render(
        request,
        "community/directory.html",
        {"form": form, "page": page, "query_string": query_string_of(request.GET, form.fields)},
    )


# The footer's language and time-zone forms post without a CSRF token, so
# that the pages carrying them hold nothing personal and can be cached for
# every anonymous reader. Forging them can only change a display preference
# cookie: no account, no data, and `next` stays on this site.
set_language = csrf_exempt(django_set_language)


@csrf_exempt
@require_POST
def choose_time_zone(request):
    """Let a reader without an account pick the zone times are shown in."""
    zone = request.POST.get("time_zone")
    next_url = request.POST.get("next") or "/"
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = "/"
    response = redirect(next_url)
    if zone in TimeZone.values:
        response.set_cookie(TIME_ZONE_COOKIE, zone, max_age=365 * 24 * 3600, samesite="Lax")
    return response
