namespace BrandWatch.Api.Sightings;

/// <summary>
/// What <c>POST /api/sightings</c> did: sightings recorded, ones already recorded (the same mark, name, source, feed and
/// item; a retry is harmless), and ones left out because their mark is unknown or retired.
/// </summary>
public sealed record SightingsRecorded(int Recorded, int Duplicates, int UnknownMarks);
