var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/healthz", () => TypedResults.Ok("ok"));
app.MapReviewDesk();
app.Run();

/// <summary>Entry point, public so tests can host the Api.</summary>
public partial class Program;
