using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Multicast.Module.Tests
{
    /// <summary>One [Parameter] attribute of a property: its set and pipeline behaviour.</summary>
    public sealed record ParameterSetEntry(string SetName, bool Mandatory, int Position, bool ValueFromPipeline, bool ValueFromPipelineByPropertyName);

    /// <summary>A cmdlet parameter as the metadata declares it.</summary>
    public sealed record ParameterEntry(string Name, string TypeName, IReadOnlyList<string> Aliases, IReadOnlyList<ParameterSetEntry> Sets, IReadOnlyList<string> AttributeTypes);

    /// <summary>A cmdlet class as the metadata declares it.</summary>
    public sealed record CmdletEntry(
        string TypeName,
        string Verb,
        string Noun,
        bool SupportsShouldProcess,
        string? DefaultParameterSetName,
        IReadOnlyList<string> OutputTypes,
        IReadOnlyList<ParameterEntry> Parameters)
    {
        public string Name => Verb + "-" + Noun;

        public ParameterEntry Parameter(string name) =>
            Parameters.SingleOrDefault(p => p.Name == name) ?? throw new InvalidOperationException(Name + " has no parameter -" + name + ".");

        public IEnumerable<string> ParameterSetNames =>
            Parameters.SelectMany(p => p.Sets).Select(s => s.SetName).Where(s => s != "__AllParameterSets").Distinct();
    }

    /// <summary>
    /// Reads Multicast.dll with System.Reflection.Metadata, without loading it: System.Management.Automation
    /// comes only as a reference assembly here.
    /// </summary>
    public static class ModuleMetadata
    {
        private static readonly Lazy<IReadOnlyList<CmdletEntry>> LazyCmdlets = new(() => Read(AssemblyPath));

        public static string AssemblyPath => Path.GetFullPath(Setting("ModuleAssemblyPath"));

        public static string RepositoryRoot => Path.GetFullPath(Setting("RepositoryRoot"));

        public static IReadOnlyList<CmdletEntry> Cmdlets => LazyCmdlets.Value;

        public static CmdletEntry Cmdlet(string name) =>
            Cmdlets.SingleOrDefault(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException("Multicast.dll defines no cmdlet " + name + ".");

        private static string Setting(string key) =>
            typeof(ModuleMetadata).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

        private static IReadOnlyList<CmdletEntry> Read(string path)
        {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            MetadataReader reader = pe.GetMetadataReader();
            var attributes = new AttributeTypeProvider();
            var signatures = new SignatureTypeProvider();
            var result = new List<CmdletEntry>();

            foreach (TypeDefinitionHandle handle in reader.TypeDefinitions)
            {
                TypeDefinition type = reader.GetTypeDefinition(handle);
                CustomAttribute? cmdlet = Find(reader, type.GetCustomAttributes(), "CmdletAttribute");
                if (cmdlet is null)
                {
                    continue;
                }

                CustomAttributeValue<string> cmdletValue = cmdlet.Value.DecodeValue(attributes);
                var outputTypes = type.GetCustomAttributes()
                    .Select(h => reader.GetCustomAttribute(h))
                    .Where(a => AttributeName(reader, a) == "OutputTypeAttribute")
                    .SelectMany(a => OutputTypeNames(a.DecodeValue(attributes)))
                    .ToList();

                var parameters = new List<ParameterEntry>();
                foreach (TypeDefinition declaring in SelfAndBases(reader, type))
                {
                    foreach (PropertyDefinitionHandle propertyHandle in declaring.GetProperties())
                    {
                        PropertyDefinition property = reader.GetPropertyDefinition(propertyHandle);
                        var propertyAttributes = property.GetCustomAttributes().Select(h => reader.GetCustomAttribute(h)).ToList();
                        var sets = propertyAttributes
                            .Where(a => AttributeName(reader, a) == "ParameterAttribute")
                            .Select(a => ParameterSet(a.DecodeValue(attributes)))
                            .ToList();
                        if (sets.Count == 0)
                        {
                            continue;
                        }

                        var aliases = propertyAttributes
                            .Where(a => AttributeName(reader, a) == "AliasAttribute")
                            .SelectMany(a => StringArguments(a.DecodeValue(attributes)))
                            .ToList();
                        string typeName = property.DecodeSignature(signatures, null).ReturnType;
                        parameters.Add(new ParameterEntry(
                            reader.GetString(property.Name),
                            typeName,
                            aliases,
                            sets,
                            propertyAttributes.Select(a => AttributeName(reader, a)).ToList()));
                    }
                }

                result.Add(new CmdletEntry(
                    reader.GetString(type.Namespace) + "." + reader.GetString(type.Name),
                    (string)cmdletValue.FixedArguments[0].Value!,
                    (string)cmdletValue.FixedArguments[1].Value!,
                    Named<bool>(cmdletValue, "SupportsShouldProcess"),
                    Named<string>(cmdletValue, "DefaultParameterSetName"),
                    outputTypes,
                    parameters));
            }

            return result;
        }

        private static IEnumerable<TypeDefinition> SelfAndBases(MetadataReader reader, TypeDefinition type)
        {
            TypeDefinition? current = type;
            while (current is not null)
            {
                yield return current.Value;
                EntityHandle baseHandle = current.Value.BaseType;
                current = baseHandle.Kind == HandleKind.TypeDefinition ? reader.GetTypeDefinition((TypeDefinitionHandle)baseHandle) : null;
            }
        }

        private static ParameterSetEntry ParameterSet(CustomAttributeValue<string> value) => new(
            Named<string>(value, "ParameterSetName") ?? "__AllParameterSets",
            Named<bool>(value, "Mandatory"),
            value.NamedArguments.Any(a => a.Name == "Position") ? Named<int>(value, "Position") : int.MinValue,
            Named<bool>(value, "ValueFromPipeline"),
            Named<bool>(value, "ValueFromPipelineByPropertyName"));

        private static T? Named<T>(CustomAttributeValue<string> value, string name)
        {
            foreach (var argument in value.NamedArguments)
            {
                if (argument.Name == name)
                {
                    return (T?)argument.Value;
                }
            }

            return default;
        }

        private static IEnumerable<string> StringArguments(CustomAttributeValue<string> value) =>
            value.FixedArguments.SelectMany(a => a.Value is ImmutableArray<CustomAttributeTypedArgument<string>> array
                ? array.Select(e => (string)e.Value!)
                : new[] { (string)a.Value! });

        private static IEnumerable<string> OutputTypeNames(CustomAttributeValue<string> value) =>
            value.FixedArguments.SelectMany(a => a.Value is ImmutableArray<CustomAttributeTypedArgument<string>> array
                ? array.Select(e => e.Value?.ToString() ?? string.Empty)
                : new[] { a.Value?.ToString() ?? string.Empty });

        private static CustomAttribute? Find(MetadataReader reader, CustomAttributeHandleCollection handles, string name)
        {
            foreach (CustomAttributeHandle handle in handles)
            {
                CustomAttribute attribute = reader.GetCustomAttribute(handle);
                if (AttributeName(reader, attribute) == name)
                {
                    return attribute;
                }
            }

            return null;
        }

        private static string AttributeName(MetadataReader reader, CustomAttribute attribute)
        {
            EntityHandle type = attribute.Constructor.Kind switch
            {
                HandleKind.MemberReference => reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent,
                HandleKind.MethodDefinition => reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType(),
                _ => default,
            };
            return type.Kind switch
            {
                HandleKind.TypeReference => reader.GetString(reader.GetTypeReference((TypeReferenceHandle)type).Name),
                HandleKind.TypeDefinition => reader.GetString(reader.GetTypeDefinition((TypeDefinitionHandle)type).Name),
                _ => string.Empty,
            };
        }

        private static string FullName(MetadataReader reader, EntityHandle handle) => handle.Kind switch
        {
            HandleKind.TypeDefinition => TypeDefinitionName(reader, reader.GetTypeDefinition((TypeDefinitionHandle)handle)),
            HandleKind.TypeReference => Join(reader.GetString(reader.GetTypeReference((TypeReferenceHandle)handle).Namespace), reader.GetString(reader.GetTypeReference((TypeReferenceHandle)handle).Name)),
            _ => "?",
        };

        private static string TypeDefinitionName(MetadataReader reader, TypeDefinition type)
        {
            TypeDefinitionHandle declaring = type.GetDeclaringType();
            return declaring.IsNil
                ? Join(reader.GetString(type.Namespace), reader.GetString(type.Name))
                : TypeDefinitionName(reader, reader.GetTypeDefinition(declaring)) + "+" + reader.GetString(type.Name);
        }

        private static string Join(string ns, string name) => ns.Length == 0 ? name : ns + "." + name;

        private sealed class AttributeTypeProvider : ICustomAttributeTypeProvider<string>
        {
            public string GetPrimitiveType(PrimitiveTypeCode typeCode) => "System." + typeCode;

            public string GetSystemType() => "System.Type";

            public string GetSZArrayType(string elementType) => elementType + "[]";

            public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => FullName(reader, handle);

            public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => FullName(reader, handle);

            public string GetTypeFromSerializedName(string name) => name.Split(',')[0];

            public PrimitiveTypeCode GetUnderlyingEnumType(string type) => PrimitiveTypeCode.Int32;

            public bool IsSystemType(string type) => type == "System.Type";
        }

        private sealed class SignatureTypeProvider : ISignatureTypeProvider<string, object?>
        {
            public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[" + new string(',', shape.Rank - 1) + "]";

            public string GetByReferenceType(string elementType) => elementType + "&";

            public string GetFunctionPointerType(MethodSignature<string> signature) => "fnptr";

            public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) =>
                genericType + "[" + string.Join(",", typeArguments) + "]";

            public string GetGenericMethodParameter(object? genericContext, int index) => "!!" + index;

            public string GetGenericTypeParameter(object? genericContext, int index) => "!" + index;

            public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

            public string GetPinnedType(string elementType) => elementType;

            public string GetPointerType(string elementType) => elementType + "*";

            public string GetPrimitiveType(PrimitiveTypeCode typeCode) => "System." + typeCode;

            public string GetSZArrayType(string elementType) => elementType + "[]";

            public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => FullName(reader, handle);

            public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => FullName(reader, handle);

            public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) => "?";
        }
    }
}
