using System.Security.Cryptography;
using System.Text;

namespace CaseLedger.Domain.Shared;

/// <summary>Name-based UUIDs (RFC 9562 v5, SHA-1): the same name in the same namespace is always the same id.</summary>
public static class NameBasedId
{
    public static Guid Create(Guid space, string name)
    {
        var bytes = Encoding.UTF8.GetBytes(name);
#pragma warning disable CA5350 // SHA-1 is what UUID v5 is defined with; it names, it does not protect.
        var hash = SHA1.HashData([.. space.ToByteArray(bigEndian: true), .. bytes]);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
