// Only `dotnet ef` runs this project (see MarketDbContextFactory); on its own it says so.
Console.Error.WriteLine("Learnware.Market.Design: run scripts/regenerate-compiled-models.sh instead");
return 2;
