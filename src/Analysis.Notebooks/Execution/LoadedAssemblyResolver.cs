using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Scripting;

namespace Analysis.Notebooks.Execution;

/// <summary>
/// Resolves #r in notebook cells. A path is relative to the notebook's folder, as in VS Code. When the runner has
/// already loaded an assembly of the same file name (Analysis.dll), that copy is used whatever the path says:
/// the notebook then works whether the library was built Debug or Release, and its types are the runner's own
/// (a second copy of Analysis.dll would make a Table from the cell a stranger to the runner's IMimeRenderable).
/// </summary>
internal sealed class LoadedAssemblyResolver(string baseDirectory) : MetadataReferenceResolver
{
    private readonly ScriptMetadataResolver fallback = ScriptMetadataResolver.Default.WithBaseDirectory(baseDirectory);

    public override bool ResolveMissingAssemblies => true;

    public override ImmutableArray<PortableExecutableReference> ResolveReference(string reference, string? baseFilePath, MetadataReferenceProperties properties)
    {
        if (reference.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) && LoadedByFileName(Path.GetFileName(reference)) is { } loaded)
            return [MetadataReference.CreateFromFile(loaded.Location, properties)];
        return fallback.ResolveReference(reference, baseFilePath, properties);
    }

    /// <summary>Dependencies of a #r'd library (MathNet.Numerics for Analysis.dll) come from the runner's own.</summary>
    public override PortableExecutableReference? ResolveMissingAssembly(MetadataReference definition, AssemblyIdentity referenceIdentity)
    {
        var loaded = AppDomain.CurrentDomain.GetAssemblies()
            .FirstOrDefault(a => !a.IsDynamic && a.Location.Length > 0 && a.GetName().Name == referenceIdentity.Name);
        if (loaded is not null) return MetadataReference.CreateFromFile(loaded.Location);
        var beside = Path.Combine(AppContext.BaseDirectory, referenceIdentity.Name + ".dll");
        return File.Exists(beside) ? MetadataReference.CreateFromFile(beside) : fallback.ResolveMissingAssembly(definition, referenceIdentity);
    }

    private static Assembly? LoadedByFileName(string fileName) =>
        AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a =>
            !a.IsDynamic && a.Location.Length > 0 && string.Equals(Path.GetFileName(a.Location), fileName, StringComparison.OrdinalIgnoreCase));

    public override bool Equals(object? other) => other is LoadedAssemblyResolver r && r.fallback.Equals(fallback);

    public override int GetHashCode() => fallback.GetHashCode();
}
