# heroku-warehouse: build with the Swift toolchain, run on a slim Debian with libpq.
# The build steps are the README's: apt-get install libpq-dev pkg-config; swift build -c release.
FROM swift:6.3-bookworm AS build
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libpq-dev pkg-config \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Package.swift ./
COPY Sources ./Sources
COPY Tests ./Tests
COPY sql ./sql
RUN swift build -c release --product heroku-warehouse --static-swift-stdlib \
    && cp "$(swift build -c release --show-bin-path)/heroku-warehouse" /usr/local/bin/heroku-warehouse

FROM debian:bookworm-slim
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libpq5 ca-certificates tzdata \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /usr/local/bin/heroku-warehouse /usr/local/bin/heroku-warehouse
USER nobody
ENTRYPOINT ["heroku-warehouse"]
CMD ["--help"]
