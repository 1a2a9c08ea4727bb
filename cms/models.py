from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page


class User(AbstractUser):
    """A person on Trayecto; the login name may be a pseudonym and nothing else is required.

    Real names, phone numbers and addresses are never asked: participating in
    political formation has put people at risk.
    """

    class Language(models.TextChoices):
        SPANISH = "es", "Español"
        ENGLISH = "en", "English"

    email = models.EmailField(_("email (optional)"), blank=True)
    display_name = models.CharField(
        _("display name"),
        max_length=80,
        blank=True,
        help_text=_("How other members see you. A pseudonym is fine."),
    )
    preferred_language = models.CharField(
        _("preferred language"), max_length=5, choices=Language.choices, default=Language.SPANISH
    )
    # Set when someone else's reset code opened the account; private texts stay closed
    # until the person proves it was them with a recovery code.
    private_locked_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self):
        return self.public_name

    @property
    def public_name(self) -> str:
        return self.display_name or self.username


class RecoveryCode(models.Model):
    """One of a person's one-time codes to set a new password without email.

    Only a hash is kept (Django's password hashers): the codes are shown once,
    and a seized database does not reveal them.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="recovery_codes"
    )
    code_hash = models.CharField(max_length=128)
    created_at = models.DateTimeField(auto_now_add=True)
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("recovery code")
        verbose_name_plural = _("recovery codes")

    def __str__(self):
        return f"{self.user} #{self.pk}"


class HomePage(Page):
    """The site's front door: what Trayecto is, and the way into the library and the paths."""

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link", "ol", "ul"])
    body = RichTextField(
        _("body"), blank=True, features=["h2", "h3", "bold", "italic", "link", "ol", "ul"]
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["curriculum.LibraryIndexPage", "curriculum.StudyPathIndexPage"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from curriculum.selectors.home import home_highlights

        context = super().get_context(request, *args, **kwargs)
        context.update(home_highlights(home=self))
        return context


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """What the network says about itself on every page, editable in the admin."""

    tagline = models.CharField(
        _("tagline"),
        max_length=200,
        blank=True,
        default="",
        help_text=_("A short line under the site name."),
    )
    footer_text = models.TextField(_("footer text"), blank=True)

    panels = [FieldPanel("tagline"), FieldPanel("footer_text")]

    class Meta:
        verbose_name = _("site settings")
