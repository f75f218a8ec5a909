#!/usr/bin/env bash
# Regenerates the market's compiled EF Core models (src/Learnware.Market/Storage/CompiledModels), one per provider,
# from MarketDbContext.OnModelCreating. Run it after any change to the context or the row types:
#     scripts/regenerate-compiled-models.sh
# The test CompiledModelTests fails while the committed models differ from what OnModelCreating builds.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet restore tools/Learnware.Market.Design >/dev/null
# The DesignTime configuration builds the market without its compiled models (see Learnware.Market.csproj).
dotnet build tools/Learnware.Market.Design -c DesignTime -nologo -v quiet
for provider in Sqlite Postgres; do
  out="src/Learnware.Market/Storage/CompiledModels/$provider"
  rm -rf "$out"
  dotnet ef dbcontext optimize --no-build \
    --project src/Learnware.Market --startup-project tools/Learnware.Market.Design \
    --context MarketDbContext --output-dir "Storage/CompiledModels/$provider" \
    --namespace "Learnware.Market.Storage.CompiledModels.$provider" \
    --configuration DesignTime --no-color -- "$provider"
  # MarketDatabase picks the provider's model with UseModel; two assembly-level [DbContextModel] attributes for one
  # context would leave EF's automatic discovery to choose between them.
  rm "$out/MarketDbContextAssemblyAttributes.cs"
done
