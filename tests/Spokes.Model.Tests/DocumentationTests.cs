using System.Globalization;
using System.Text.RegularExpressions;
using Spokes.Model.Parameters;

namespace Spokes.Model.Tests;

/// <summary>docs/model.md must document every parameter once, with the catalogue's default and range.</summary>
public class DocumentationTests
{
    private static string ModelDoc()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Spokes.sln"))) dir = dir.Parent;
        return File.ReadAllText(Path.Combine(dir!.FullName, "docs", "model.md"));
    }

    private static string N(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    [Fact]
    public void Every_parameter_has_one_table_row_with_its_default_and_range()
    {
        var doc = ModelDoc();
        foreach (var p in ParameterCatalog.All)
        {
            var row = new Regex($@"^\| `{p.Key}` \| ([^|]+) \| ([^|]+) \|", RegexOptions.Multiline);
            var matches = row.Matches(doc);
            Assert.True(matches.Count == 1, $"{p.Key}: {matches.Count} table rows in docs/model.md");
            Assert.Equal(N(p.Default), matches[0].Groups[1].Value.Trim());
            Assert.Equal($"{N(p.Min)}–{N(p.Max)}", matches[0].Groups[2].Value.Trim());
        }
    }

    [Fact]
    public void Every_parameter_names_a_source_or_says_assumption()
    {
        foreach (var p in ParameterCatalog.All)
            Assert.False(string.IsNullOrWhiteSpace(p.Source), p.Key);
    }
}
