# Open Channels: one container, embedded SQLite in the /data volume.
# The build stage runs the same publish command CI exercises (./build.sh publish).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN ./build.sh publish /out

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && groupadd --system openchannels && useradd --system --gid openchannels --home /data openchannels \
    && mkdir -p /data && chown openchannels:openchannels /data
COPY --from=build /out/app /app
COPY --from=build --chown=openchannels:openchannels /out/plugins /plugins
ENV OPENCHANNELS_DATA=/data \
    OPENCHANNELS_PLUGINS=/plugins \
    ASPNETCORE_URLS=http://+:8080
VOLUME /data
EXPOSE 8080
USER openchannels
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD curl -fsS http://127.0.0.1:8080/healthz || exit 1
ENTRYPOINT ["dotnet", "OpenChannels.Portal.dll"]
