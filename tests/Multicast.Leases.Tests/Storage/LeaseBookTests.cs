using System;
using System.Linq;
using Multicast.Leases.Storage;

namespace Multicast.Leases.Tests
{
    public class LeaseBookTests
    {
        private static readonly DateTime Now = new DateTime(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc);

        private static LeaseRecord Lease(string address, int minutes) =>
            new LeaseRecord(AddressParser.Parse(address), "p", "o", Now.AddHours(-1), Now.AddMinutes(minutes));

        /// <summary>A book with pool "p" (239.1.0.0/16), which the leases below belong to.</summary>
        private static LeaseBook Book()
        {
            var book = new LeaseBook();
            book.SavePool(MulticastAddressPool.Create("p", IPPrefix.Parse("239.1.0.0/16")));
            return book;
        }

        [Fact]
        public void AGroupIsFoundInThePoolThatHoldsIt()
        {
            LeaseBook book = Book();
            book.SavePool(MulticastAddressPool.Create("q", IPPrefix.Parse("239.2.0.0/16")));
            book.SaveLease(Lease("239.1.1.1", 10));
            book.SaveLease(new LeaseRecord(AddressParser.Parse("239.2.0.9"), "q", "o", Now, Now.AddHours(1)));
            Assert.Equal("p", book.FindLease(AddressParser.Parse("239.1.1.1"))!.Pool);
            Assert.Equal("q", book.FindLease(AddressParser.Parse("239.2.0.9"))!.Pool);
            Assert.Null(book.FindLease(AddressParser.Parse("239.1.1.2")));
            Assert.Null(book.FindLease(AddressParser.Parse("239.3.0.9")));
            Assert.Equal(2, book.LeaseCount);

        }

        [Fact]
        public void ExpiredLeasesAreFoundUntilDeletedHoweverOftenAsked()
        {
            LeaseBook book = Book();
            book.SaveLease(Lease("239.1.1.1", 10));
            book.SaveLease(Lease("239.1.1.2", 20));
            Assert.Empty(book.ExpiredLeases("P", Now));
            Assert.Equal(new[] { "239.1.1.1" }, book.ExpiredLeases("p", Now.AddMinutes(15)).Select(l => l.Address.ToString()));
            Assert.Equal(new[] { "239.1.1.1" }, book.ExpiredLeases("p", Now.AddMinutes(15)).Select(l => l.Address.ToString()));
            book.DeleteLease(AddressParser.Parse("239.1.1.1"));
            Assert.Empty(book.ExpiredLeases("p", Now.AddMinutes(15)));
            Assert.Single(book.ExpiredLeases("p", Now.AddMinutes(20)));
        }

        [Fact]
        public void AnEarlierLeaseLowersTheBound()
        {
            LeaseBook book = Book();
            book.SaveLease(Lease("239.1.1.1", 60));
            Assert.Empty(book.ExpiredLeases("p", Now));
            book.SaveLease(Lease("239.1.1.2", 5));
            Assert.Single(book.ExpiredLeases("p", Now.AddMinutes(5)));
            book.SaveLease(Lease("239.1.1.2", 120));
            Assert.Empty(book.ExpiredLeases("p", Now.AddMinutes(59)));
            Assert.Single(book.ExpiredLeases("p", Now.AddMinutes(60)));
        }

        [Fact]
        public void RollbackRestoresBothIndexes()
        {
            LeaseBook book = Book();
            book.SaveLease(Lease("239.1.1.1", 10));
            book.BeginTransaction();
            book.DeleteLease(AddressParser.Parse("239.1.1.1"));
            book.SaveLease(Lease("239.1.1.2", 10));
            book.Rollback();
            Assert.Equal(new[] { "239.1.1.1" }, book.LeasesInPool("p").Select(l => l.Address.ToString()));
            Assert.Equal(new[] { "239.1.1.1" }, book.Leases.Select(l => l.Address.ToString()));
            Assert.Single(book.ExpiredLeases("p", Now.AddMinutes(10)));
        }
    }
}
