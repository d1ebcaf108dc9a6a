using System.Management.Automation;

namespace Multicast.PowerShell
{
    /// <summary>
    /// The shared start of the transformations of IDs that users write in hex (-GroupId, -InterfaceId). PowerShell
    /// reads a hex literal of 0x80000000-0xFFFFFFFF as a negative Int32 (0xFFFFFFFF is -1), which a conversion to an
    /// unsigned type would refuse; the bits are what the user typed, so they are taken as written.
    /// </summary>
    internal abstract class HexNumberTransformationAttribute : ArgumentTransformationAttribute
    {
        public sealed override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            object? value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            return value is int number && number < 0 ? FromBits(unchecked((uint)number)) : Read(engineIntrinsics, inputData, value);
        }

        /// <summary>The parameter's value for a hex literal PowerShell read as a negative Int32.</summary>
        protected abstract object FromBits(uint bits);

        /// <summary>Every other input: <paramref name="value"/> is <paramref name="inputData"/> unwrapped.</summary>
        protected abstract object? Read(EngineIntrinsics engineIntrinsics, object? inputData, object? value);
    }
}
