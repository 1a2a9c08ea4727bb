from django.urls import path

from .views import dashboards, self_description

app_name = "insights"

urlpatterns = [
    path("consejos/<slug:slug>/panel/", dashboards.council_dashboard, name="council_dashboard"),
    path("panel/red/", dashboards.network_dashboard, name="network_dashboard"),
    path("panel/red/cifras.csv", dashboards.network_csv, name="network_csv"),
    path("panel/mi-genero/", self_description.self_description, name="self_description"),
]
