using Analysis.Speakers;

namespace Analysis.Tests.Speakers;

public sealed class AffiliationResolverTests
{
    [Theory]
    [InlineData("Secretary of State", "State Department")]
    [InlineData("U.S. Secretary of State", "State Department")]
    [InlineData("senior State Department official", "State Department")]
    [InlineData("North Korean Foreign Minister", "North Korea")]
    public void Federal_and_foreign_titles_keep_their_camp(string title, string affiliation) => Assert.Equal(affiliation, AffiliationResolver.Resolve(title));

    // A US state's secretary of state and its departments are the state's government, not the federal State Department.
    [Theory]
    [InlineData("Ohio Secretary of State")]
    [InlineData("South Carolina Secretary of State")]
    [InlineData("secretary of state's office")]
    [InlineData("state Department of Natural Resources spokesman")]
    public void A_state_government_office_is_not_the_State_Department(string title) => Assert.NotEqual("State Department", AffiliationResolver.Resolve(title));
}
