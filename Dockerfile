# Q's server image: `docker compose up` builds it (compose.yaml), or `docker build -t q .` on its own.
# Two stages: the SDK compiles and publishes; only the published files and the ASP.NET Core runtime ship.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# The solution-wide props first (nullable, warnings as errors, central package versions): the build needs them.
COPY Directory.Build.props Directory.Packages.props ./
COPY src/ src/
RUN dotnet publish src/Q.Cli --configuration Release --output /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# LightGBM (suggestion training, Microsoft.ML.LightGbm) loads OpenMP at run time; the runtime image lacks it.
RUN apt-get update \
 && apt-get install --yes --no-install-recommends libgomp1 \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
# The data folder holds what stays local even with Neo4j and Elasticsearch: the pseudonym key, scheduled jobs,
# outboxes and trained suggestion models. Owned by the image's unprivileged user, so a named volume mounted there
# is writable without running as root.
RUN mkdir /data && chown "$APP_UID" /data
VOLUME /data
USER $APP_UID
# Q's own keys (docs/configuration.md): listen on every interface inside the container (the default is loopback
# only, which nothing outside the container could reach), data in /data.
ENV ASPNETCORE_URLS=http://0.0.0.0:5080 \
    Q_DATA_DIR=/data
EXPOSE 5080
# `q serve` seeds the demo community into an empty store (--seed-demo none to skip: pass it after the image name).
ENTRYPOINT ["dotnet", "q.dll", "serve"]
