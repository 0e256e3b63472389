// The search host: wiring only; endpoints live in their own files.
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/healthz", () => Results.Ok(new { status = "starting" }));
app.Run();

/// <summary>Exposed so tests and <c>podsearch serve</c> can start the host.</summary>
public partial class Program;
