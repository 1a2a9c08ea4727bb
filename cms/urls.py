from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.auth import views as auth_views
from django.urls import include, path, reverse_lazy
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from . import recovery_views, site_files, views

account_patterns = (
    [
        path("signup/", views.signup, name="signup"),
        path("login/", views.LoginView.as_view(), name="login"),
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
        # Forgotten password: by email (Django's own flow) or by a recovery code.
        path("password/forgot/", recovery_views.forgot_password, name="forgot_password"),
        path("password/recover/", recovery_views.recover_with_code, name="recover_with_code"),
        path(
            "password/reset/",
            auth_views.PasswordResetView.as_view(
                success_url=reverse_lazy("accounts:password_reset_done"),
                email_template_name="registration/password_reset_email.txt",
            ),
            name="password_reset",
        ),
        path(
            "password/reset/sent/",
            auth_views.PasswordResetDoneView.as_view(),
            name="password_reset_done",
        ),
        path(
            "password/reset/<uidb64>/<token>/",
            auth_views.PasswordResetConfirmView.as_view(
                success_url=reverse_lazy("accounts:password_reset_complete")
            ),
            name="password_reset_confirm",
        ),
        path(
            "password/reset/done/",
            auth_views.PasswordResetCompleteView.as_view(),
            name="password_reset_complete",
        ),
        path("profile/", views.profile, name="profile"),
        path("profile/export/", views.export_data, name="export"),
        path("profile/delete/", views.delete_account, name="delete"),
        path("profile/recovery-codes/", recovery_views.recovery_codes, name="recovery_codes"),
        path("profile/unlock/", recovery_views.unlock_private, name="unlock_private"),
        path(
            "profile/recovery-codes/new/",
            recovery_views.recovery_codes_new,
            name="recovery_codes_new",
        ),
    ],
    "accounts",
)

# Standalone pages that need neither the database nor the request's context processors.
handler400 = "cms.errors.bad_request"
handler500 = "cms.errors.server_error"

urlpatterns = [
    path("favicon.ico", site_files.favicon, name="favicon"),
    path("robots.txt", site_files.robots, name="robots"),
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
    path("", include("insights.urls")),
    path("red/", include("network.urls_space")),
    path("red/", include("network.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
