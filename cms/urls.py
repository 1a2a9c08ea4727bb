from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from . import views

account_patterns = (
    [
        path("signup/", views.signup, name="signup"),
        path(
            "login/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"
        ),
        path("logout/", auth_views.LogoutView.as_view(), name="logout"),
        path(
            "password/",
            auth_views.PasswordChangeView.as_view(success_url="done/"),
            name="password_change",
        ),
        path(
            "password/done/",
            auth_views.PasswordChangeDoneView.as_view(),
            name="password_change_done",
        ),
        path("profile/", views.profile, name="profile"),
        path("profile/export/", views.export_data, name="export"),
        path("profile/delete/", views.delete_account, name="delete"),
    ],
    "accounts",
)

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/setlang/", set_language, name="set_language"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("accounts/", include(account_patterns)),
    path("consejos/", include("councils.urls")),
    path("formacion/", include("progress.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
