using System.IO;
using System.Linq;

namespace Multicast.Module.Tests
{
    /// <summary>
    /// Windows PowerShell 5.1 reads a .ps1 or .psd1 without a byte order mark in the ANSI code page, so
    /// any non-ASCII character (§ in an expected message, say) must come with a UTF-8 BOM.
    /// </summary>
    public class ScriptEncodingTests
    {
        public static TheoryData<string> Scripts()
        {
            var data = new TheoryData<string>();
            string root = ModuleMetadata.RepositoryRoot;
            foreach (string folder in new[] { "tests", "examples", "." })
            {
                string path = Path.Combine(root, folder);
                if (!Directory.Exists(path))
                {
                    continue;
                }

                foreach (string file in Directory.EnumerateFiles(path, "*.ps*1", SearchOption.TopDirectoryOnly).Where(f => f.EndsWith(".ps1") || f.EndsWith(".psd1")))
                {
                    data.Add(Path.GetRelativePath(root, file));
                }
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Scripts))]
        public void NonAsciiScriptsCarryAUtf8ByteOrderMark(string relativePath)
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(ModuleMetadata.RepositoryRoot, relativePath));
            bool hasBom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
            bool nonAscii = bytes.Skip(hasBom ? 3 : 0).Any(b => b > 0x7F);
            Assert.True(!nonAscii || hasBom, relativePath + " has non-ASCII text but no UTF-8 byte order mark; Windows PowerShell 5.1 would misread it.");
        }
    }
}
